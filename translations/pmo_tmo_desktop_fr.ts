<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionsModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="186"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="187"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="188"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="195"/>
        <source>— none</source>
        <translation>— aucun</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="255"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="302"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="303"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="304"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="305"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="306"/>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="307"/>
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_address.py" line="87"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_address.py" line="114"/>
        <source>Open Room</source>
        <translation>Ouvrir la salle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_address.py" line="91"/>
        <source>Participants rate on their own phones. Their phones must be on the same network as this laptop: its Wi-Fi or its hotspot.</source>
        <translation>Les participants notent depuis leur propre téléphone. Leurs téléphones doivent être sur le même réseau que cet ordinateur portable&#xa0;: son Wi-Fi ou son point d’accès mobile.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_address.py" line="96"/>
        <source>&amp;Address for phones:</source>
        <translation>&amp;Adresse pour les téléphones&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_address.py" line="99"/>
        <source>Address for phones</source>
        <translation>Adresse pour les téléphones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_address.py" line="128"/>
        <source>{address} — this laptop only</source>
        <translation>{address} — cet ordinateur uniquement</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_address.py" line="130"/>
        <source>All interfaces (not recommended)</source>
        <translation>Toutes les interfaces (déconseillé)</translation>
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
        <translation>Début prévu, compté depuis le début de l’atelier (donnez à l’atelier une heure de début sur sa page Préparation pour des heures d’horloge)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_model.py" line="155"/>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_model.py" line="157"/>
        <source>Time used so far</source>
        <translation>Temps écoulé jusqu’ici</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_model.py" line="169"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_model.py" line="170"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_model.py" line="171"/>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_model.py" line="172"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="340"/>
        <source>Presenter</source>
        <translation>Présentateur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_model.py" line="173"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_model.py" line="174"/>
        <source>Used</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="339"/>
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="341"/>
        <source>Minutes planned</source>
        <translation>Minutes prévues</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="342"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="346"/>
        <source>What was said and agreed; it goes into the minutes</source>
        <translation>Ce qui a été dit et convenu&#xa0;; repris dans le compte rendu</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="96"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="97"/>
        <source>The selected item is the current one</source>
        <translation>Le point sélectionné est le point en cours</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="135"/>
        <source>Time left on the current item</source>
        <translation>Temps restant pour le point en cours</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="145"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="193"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="146"/>
        <source>Next item</source>
        <translation>Point suivant</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="148"/>
        <source>Previous item</source>
        <translation>Point précédent</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="150"/>
        <source>Reset timer</source>
        <translation>Réinitialiser le minuteur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="151"/>
        <source>Start or pause the timer</source>
        <translation>Démarrer ou mettre en pause le minuteur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="153"/>
        <source>Make the previous item current</source>
        <translation>Passer au point précédent</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="155"/>
        <source>Make the next item current</source>
        <translation>Passer au point suivant</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="157"/>
        <source>Start the current item&apos;s time again</source>
        <translation>Relancer le temps du point en cours</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="166"/>
        <source>Minutes of the current item</source>
        <translation>Compte rendu du point en cours</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="167"/>
        <source>Leaving the field or Ctrl+Enter saves it</source>
        <translation>Quitter le champ ou Ctrl+Entrée l’enregistre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="168"/>
        <source>What was said and agreed on this item…</source>
        <translation>Ce qui a été dit et convenu sur ce point…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="193"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="193"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="196"/>
        <source>A&amp;genda</source>
        <translation>&amp;Ordre du jour</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="231"/>
        <source>&amp;Minutes of this item</source>
        <translation>&amp;Compte rendu de ce point</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="251"/>
        <source>F5 starts or pauses the timer · Ctrl+Right next item · Ctrl+Left previous item · Ctrl+Enter or leaving the minutes saves them</source>
        <translation>F5 démarre ou met en pause le minuteur · Ctrl+Droite point suivant · Ctrl+Gauche point précédent · Ctrl+Entrée ou quitter le compte rendu l’enregistre</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="293"/>
        <source>Items: %n</source>
        <translation>
            <numerusform>Points&#xa0;: %n</numerusform>
            <numerusform>Points&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="293"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="355"/>
        <source>%n min planned</source>
        <translation>
            <numerusform>%n min prévue</numerusform>
            <numerusform>%n min prévues</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="328"/>
        <source>No agenda</source>
        <translation>Aucun ordre du jour</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="329"/>
        <source>This workshop has no agenda items yet.</source>
        <translation>Cet atelier n’a pas encore de points à l’ordre du jour.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="332"/>
        <source>Item {n} of {count}</source>
        <translation>Point {n} sur {count}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="335"/>
        <source>Presenter: {name}</source>
        <translation>Présentateur&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="357"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="359"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="361"/>
        <source>not started</source>
        <translation>non démarré</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="363"/>
        <source>over time</source>
        <translation>temps dépassé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="488"/>
        <source>Edit minutes of “{item}”</source>
        <translation>Modifier le compte rendu de «&#xa0;{item}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>AlignmentArea</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="51"/>
        <source>Alignment index</source>
        <translation>Indice d’alignement</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="54"/>
        <source>Findings by severity</source>
        <translation>Constats par gravité</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="62"/>
        <source>PMO and TMO involvement per phase</source>
        <translation>Implication du PMO et du TMO par phase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="65"/>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="85"/>
        <source>Role load</source>
        <translation>Charge des rôles</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="76"/>
        <source>Who takes part, phase by phase</source>
        <translation>Qui participe, phase par phase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="78"/>
        <source>Share of each phase&apos;s activities where roles of both offices, of one office only, or of neither hold a letter. Touchpoints count the PMO × TMO role pairs that meet on an activity.</source>
        <translation>Part des activités de chaque phase où des rôles des deux bureaux, d’un seul bureau ou d’aucun détiennent une lettre. Les points de contact comptent les paires de rôles PMO × TMO qui se rencontrent sur une activité.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="87"/>
        <source>Activities each role is Responsible or Accountable for; the number at the right counts every activity where it holds any letter.</source>
        <translation>Activités dont chaque rôle est Réalisateur ou Approbateur&#xa0;; le nombre à droite compte toutes les activités où il détient une lettre.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="150"/>
        <source>The alignment figures look for offices named PMO and TMO; this methodology has no {office} office.</source>
        <translation>Les indicateurs d’alignement recherchent des bureaux nommés PMO et TMO&#xa0;; cette méthodologie n’a pas de bureau {office}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="157"/>
        <source>The alignment figures look for offices named PMO and TMO; this methodology has neither.</source>
        <translation>Les indicateurs d’alignement recherchent des bureaux nommés PMO et TMO&#xa0;; cette méthodologie n’a ni l’un ni l’autre.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="169"/>
        <source>{percent} %</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="172"/>
        <source>{value} of activities involve both PMO and TMO</source>
        <translation>{value} des activités impliquent à la fois le PMO et le TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="176"/>
        <source>No activities yet: add some to see how PMO and TMO share them.</source>
        <translation>Aucune activité pour l’instant&#xa0;: ajoutez-en pour voir comment le PMO et le TMO se les répartissent.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="181"/>
        <source>Errors: {count}</source>
        <translation>Erreurs&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="182"/>
        <source>Warnings: {count}</source>
        <translation>Avertissements&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="183"/>
        <source>Alignment findings: {count}</source>
        <translation>Constats d’alignement&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="201"/>
        <source>Joint (PMO and TMO)</source>
        <translation>Conjoint (PMO et TMO)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="202"/>
        <source>PMO only</source>
        <translation>PMO seul</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="203"/>
        <source>TMO only</source>
        <translation>TMO seul</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="204"/>
        <source>Neither</source>
        <translation>Aucun des deux</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="214"/>
        <source>{phase}: {activities}</source>
        <translation>{phase}&#xa0;: {activities}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="239"/>
        <source>{phase}: {activities}, {joint} joint, {pmo} PMO only, {tmo} TMO only, {neither} with neither, {touchpoints}.</source>
        <translation>{phase}&#xa0;: {activities}, {joint} conjointes, {pmo} PMO seul, {tmo} TMO seul, {neither} sans aucun des deux, {touchpoints}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="289"/>
        <source>{role} ({office})
Responsible: {r}
Accountable: {a}
Holds a letter in {total}</source>
        <translation>{role} ({office})
Réalisateur&#xa0;: {r}
Approbateur&#xa0;: {a}
A une lettre dans {total}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="293"/>
        <source>{role} ({office}): Responsible {r}, Accountable {a}, a letter in {total}.</source>
        <translation>{role} ({office})&#xa0;: Réalisateur {r}, Approbateur {a}, une lettre dans {total}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="220"/>
        <source>{label}: {count} ({percent} %)</source>
        <translation>{label}&#xa0;: {count} ({percent}&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="224"/>
        <source>Touchpoints: {count}</source>
        <translation>Points de contact&#xa0;: {count}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="234"/>
        <source>no activities</source>
        <translation>aucune activité</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="251"/>
        <source>Touchpoints</source>
        <translation>Points de contact</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="257"/>
        <source>Responsible (R)</source>
        <translation>Réalisateur (R)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="258"/>
        <source>Accountable (A)</source>
        <translation>Approbateur (A)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="270"/>
        <source>No office</source>
        <translation>Aucun bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="283"/>
        <source>idle</source>
        <translation>inactif</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="284"/>
        <source>{role} ({office})
Idle: holds no letter in any activity</source>
        <translation>{role} ({office})
Inactif&#xa0;: ne détient aucune lettre dans aucune activité</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="285"/>
        <source>{role} ({office}): idle, holds no letter.</source>
        <translation>{role} ({office})&#xa0;: inactif, ne détient aucune lettre.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="287"/>
        <source>no R or A</source>
        <translation>ni R ni A</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="311"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/alignment_view.py" line="101"/>
        <source>Alignment of PMO and TMO</source>
        <translation>Alignement du PMO et du TMO</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/amend_dialog.py" line="38"/>
        <source>Record an amendment</source>
        <translation>Consigner un rectificatif</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/amend_dialog.py" line="39"/>
        <source>This workshop is closed: the change is recorded as an amendment.</source>
        <translation>Cet atelier est clôturé&#xa0;: la modification est consignée comme rectificatif.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/amend_dialog.py" line="47"/>
        <source>&amp;Why is it changed?</source>
        <translation>&amp;Pourquoi cette modification&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/amend_dialog.py" line="50"/>
        <source>Reason for the amendment</source>
        <translation>Motif du rectificatif</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/amend_dialog.py" line="51"/>
        <source>e.g. the minutes recorded the wrong owner</source>
        <translation>p. ex. le compte rendu indiquait le mauvais responsable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/amend_dialog.py" line="59"/>
        <source>Record Amendment</source>
        <translation>Consigner le rectificatif</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/app.py" line="51"/>
        <source>Something went wrong: {error}

Everything you entered before this is saved in the workspace file.</source>
        <translation>Une erreur s’est produite&#xa0;: {error}

Tout ce que vous avez saisi jusqu’ici est enregistré dans le fichier de l’espace de travail.</translation>
    </message>
</context>
<context>
    <name>BallotModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/ballot_grid.py" line="128"/>
        <source>{criterion}: {low} to {high}</source>
        <translation>{criterion}&#xa0;: de {low} à {high}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/ballot_grid.py" line="151"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/ballot_grid.py" line="154"/>
        <source>can&apos;t judge</source>
        <translation>ne peut pas juger</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/ballot_grid.py" line="156"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/ballot_grid.py" line="191"/>
        <source>{value} is outside {low}–{high} for {criterion}; type a number from {low} to {high}, or {cant} if you can&apos;t judge it.</source>
        <translation>{value} est hors de l’échelle {low}–{high} pour {criterion}&#xa0;; saisissez un nombre de {low} à {high}, ou {cant} si vous ne pouvez pas en juger.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/ballot_grid.py" line="218"/>
        <source>higher is better</source>
        <translation>plus élevé = meilleur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/ballot_grid.py" line="220"/>
        <source>lower is better</source>
        <translation>plus bas = meilleur</translation>
    </message>
</context>
<context>
    <name>BallotStatusModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="178"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="178"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="178"/>
        <source>Ballot</source>
        <translation>Bulletin</translation>
    </message>
</context>
<context>
    <name>BallotWorkbook</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="205"/>
        <source>can&apos;t judge</source>
        <translation>ne peut pas juger</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="206"/>
        <source>Rate each proposal on each criterion from {low} to {high}.</source>
        <translation>Notez chaque proposition sur chaque critère de {low} à {high}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="209"/>
        <source>Rate each proposal on each criterion on the scale shown in its column.</source>
        <translation>Notez chaque proposition sur chaque critère selon l’échelle indiquée dans sa colonne.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="213"/>
        <source>Leave no cell empty: type a number or choose &quot;{cant_judge}&quot;. Details: sheet {sheet}.</source>
        <translation>Ne laissez aucune cellule vide&#xa0;: saisissez un nombre ou choisissez «&#xa0;{cant_judge}&#xa0;». Détails&#xa0;: feuille {sheet}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="217"/>
        <source>Save the file and send it back to {facilitator}.</source>
        <translation>Enregistrez le fichier et renvoyez-le à {facilitator}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="218"/>
        <source>Not on the scale</source>
        <translation>Hors de l’échelle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="219"/>
        <source>{criterion}: enter a number from {low} to {high}, or &quot;{cant_judge}&quot;.</source>
        <translation>{criterion}&#xa0;: saisissez un nombre de {low} à {high}, ou «&#xa0;{cant_judge}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="223"/>
        <source>{low}–{high}, {direction}; or &quot;{cant_judge}&quot;</source>
        <translation>{low}–{high}, {direction}&#xa0;; ou «&#xa0;{cant_judge}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="224"/>
        <source>Criteria weights</source>
        <translation>Pondérations des critères</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="225"/>
        <source>Optional, before rating: for each pair of criteria, choose which matters more and how much. Leave a pair empty if you cannot say.</source>
        <translation>Facultatif, avant l’évaluation&#xa0;: pour chaque paire de critères, choisissez lequel compte le plus et dans quelle mesure. Laissez une paire vide si vous ne savez pas.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="231"/>
        <source>Criterion A</source>
        <translation>Critère A</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="232"/>
        <source>Criterion B</source>
        <translation>Critère B</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="233"/>
        <source>Which matters more, and how much?</source>
        <translation>Lequel compte le plus, et dans quelle mesure&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="79"/>
        <source>{side} extremely more important</source>
        <translation>{side} extrêmement plus important</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="80"/>
        <source>{side} very strongly to extremely more important</source>
        <translation>{side} très fortement à extrêmement plus important</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="81"/>
        <source>{side} very strongly more important</source>
        <translation>{side} très fortement plus important</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="82"/>
        <source>{side} strongly to very strongly more important</source>
        <translation>{side} fortement à très fortement plus important</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="83"/>
        <source>{side} strongly more important</source>
        <translation>{side} fortement plus important</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="84"/>
        <source>{side} moderately to strongly more important</source>
        <translation>{side} modérément à fortement plus important</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="85"/>
        <source>{side} moderately more important</source>
        <translation>{side} modérément plus important</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="86"/>
        <source>{side} equally to moderately more important</source>
        <translation>{side} entre égal et modérément plus important</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="88"/>
        <source>Equal</source>
        <translation>Importance égale</translation>
    </message>
</context>
<context>
    <name>Ballots</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/ballot_xlsx_read.py" line="147"/>
        <source>{a} vs {b}: &apos;{answer}&apos; is not one of the answers offered (from &apos;{first}&apos; to &apos;{last}&apos;); choose one or leave it empty</source>
        <translation>{a} face à {b}&#xa0;: &apos;{answer}&apos; ne fait pas partie des réponses proposées (de &apos;{first}&apos; à &apos;{last}&apos;)&#xa0;; choisissez-en une ou laissez vide</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/ballot_xlsx_read.py" line="181"/>
        <source>{criterion}: the formula &apos;{formula}&apos; has no saved value; type the number, or open and save the file in a spreadsheet app</source>
        <translation>{criterion}&#xa0;: la formule &apos;{formula}&apos; n’a pas de valeur enregistrée&#xa0;; saisissez le nombre, ou ouvrez et enregistrez le fichier dans un tableur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/ballot_xlsx_read.py" line="237"/>
        <source>the ballot shows &apos;{shown}&apos; but its hidden participant id belongs to &apos;{name}&apos; (written for &apos;{written}&apos;); nothing is guessed: use the ballot exported for this participant</source>
        <translation>le bulletin indique &apos;{shown}&apos; mais son identifiant de participant caché appartient à &apos;{name}&apos; (écrit pour &apos;{written}&apos;)&#xa0;; rien n’est deviné&#xa0;: utilisez le bulletin exporté pour ce participant</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="23"/>
        <source>Created {file} from the {template} methodology</source>
        <translation>{file} créé à partir de la méthodologie «&#xa0;{template}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="36"/>
        <source>Created the demo workspace {file}</source>
        <translation>Espace de travail de démonstration {file} créé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="55"/>
        <source>integrity check: {result}</source>
        <translation>contrôle d’intégrité&#xa0;: {result}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="59"/>
        <source>{n} broken references</source>
        <translation>{n} références rompues</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="98"/>
        <source>{name} ({variant}), schema {schema}, journal {journal}</source>
        <translation>{name} ({variant}), schéma {schema}, journal {journal}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="106"/>
        <source>Team library on PostgreSQL (its integrity is the server&apos;s)</source>
        <translation>Bibliothèque d’équipe sur PostgreSQL (son intégrité relève du serveur)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="108"/>
        <source>File integrity: {result}</source>
        <translation>Intégrité du fichier&#xa0;: {result}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="110"/>
        <source>{phases}, {activities}, {roles}, {cells}, {workshops} with {ratings}</source>
        <translation>{phases}, {activities}, {roles}, {cells}, {workshops} avec {ratings}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="131"/>
        <source>  {phase}: {joint} joint, {pmo} PMO only, {tmo} TMO only, {touch}</source>
        <translation>  {phase}&#xa0;: {joint} conjointes, {pmo} PMO seul, {tmo} TMO seul, {touch}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="192"/>
        <source>Imported {file} ({layout} layout): {roles} and {activities} added, {cells} changed</source>
        <translation>{file} importé (disposition {layout})&#xa0;: {roles} et {activities} ajoutés, {cells} modifiées</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="76"/>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="26"/>
        <source>{title}: no closed round with ratings yet</source>
        <translation>{title}&#xa0;: aucun tour clos avec des évaluations pour l’instant</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="32"/>
        <source>{title} — round {n}, {rated} of {total} ballots complete, {partial} started</source>
        <translation>{title} — tour {n}, {rated} sur {total} bulletins complets, {partial} commencés</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="43"/>
        <source>This round is blind and still open: results once it is closed.</source>
        <translation>Ce tour est à l’aveugle et encore ouvert&#xa0;: résultats après sa clôture.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="67"/>
        <source>— withheld: fewer than two participants of an office rated it; the other office&apos;s figure beside it is withheld too, so that neither shows one person&apos;s rating</source>
        <translation>— masqué&#xa0;: moins de deux participants d’un bureau l’ont évalué&#xa0;; le chiffre de l’autre bureau à côté est masqué lui aussi, afin qu’aucun des deux ne montre l’évaluation d’une seule personne</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="144"/>
        <source>preread,minutes,handbook,methodology,results</source>
        <comment>the --sections help: the names a user types, comma-separated</comment>
        <translation>sections, séparées par des virgules : preread,minutes,handbook,methodology,results</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="106"/>
        <source>workshops</source>
        <translation>ateliers</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="125"/>
        <source>Alignment index (activities where PMO and TMO both take part): {value:.0%}</source>
        <translation>Indice d’alignement (activités auxquelles le PMO et le TMO participent tous deux)&#xa0;: {value:.0%}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="145"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="146"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="147"/>
        <source>alignment</source>
        <translation>alignement</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="152"/>
        <source>error: {message}</source>
        <translation>erreur&#xa0;: {message}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="160"/>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="95"/>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="97"/>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="51"/>
        <source>Wrote {file}</source>
        <translation>{file} enregistré</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="170"/>
        <source>Read as: {reading} ({words})</source>
        <translation>Lu comme&#xa0;: {reading} ({words})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="177"/>
        <source>Could also be read as: {reading} ({words}); use --layout {reading}</source>
        <translation>Pourrait aussi se lire comme&#xa0;: {reading} ({words})&#xa0;; utilisez --layout {reading}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="45"/>
        <source>rank  score    PMO    TMO    gap  dissent  proposal</source>
        <translation>rang  score    PMO    TMO  écart  dissension proposition</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="61"/>
        <source>! dissent of {threshold} or more (the workshop&apos;s threshold)</source>
        <translation>! dissension de {threshold} ou plus (seuil de l’atelier)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="77"/>
        <source>Budget fit for {budget:,.0f}: {titles} (cost {cost:,.0f})</source>
        <translation>Choix sous budget pour {budget:,.0f}&#xa0;: {titles} (coût {cost:,.0f})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="36"/>
        <source>No workshops yet.</source>
        <translation>Aucun atelier pour l’instant.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/__init__.py" line="35"/>
        <source>PMO–TMO Desktop, headless: workspaces, checks and workshops.</source>
        <translation>PMO–TMO Desktop sans interface&#xa0;: espaces de travail, contrôles et ateliers.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/__init__.py" line="41"/>
        <source>language of the output</source>
        <translation>langue de la sortie</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="217"/>
        <source>a workspace from a starter methodology</source>
        <translation>un espace de travail à partir d’une méthodologie de départ</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="222"/>
        <source>a realistic demo, with a finished workshop</source>
        <translation>une démo réaliste, avec un atelier terminé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="226"/>
        <source>check the file and report what it holds</source>
        <translation>vérifier le fichier et indiquer son contenu</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="235"/>
        <source>R/A per role and phase above which a role is overloaded</source>
        <translation>nombre de R/A par rôle et par phase au-delà duquel un rôle est surchargé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="242"/>
        <source>Consulted roles per activity above which it is too many</source>
        <translation>nombre de rôles consultés par activité au-delà duquel il y en a trop</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="248"/>
        <source>methodology and RACI from a workbook, all or nothing</source>
        <translation>méthodologie et RACI depuis un classeur, tout ou rien</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="255"/>
        <source>also remove activities and roles the workbook lacks</source>
        <translation>supprimer aussi les activités et rôles absents du classeur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="261"/>
        <source>how to read a hand-made matrix: roles (role names across, letters in the cells), letters (one column per letter R, A, C, I..., role names in the cells); -flat: rows without letters are activities, not phase rows; auto (default): the first that reads</source>
        <translation>comment lire une matrice faite main&#xa0;: roles (noms des rôles en travers, lettres dans les cellules), letters (une colonne par lettre R, A, C, I…, noms des rôles dans les cellules)&#xa0;; -flat&#xa0;: les lignes sans lettres sont des activités, pas des lignes de phase&#xa0;; auto (par défaut)&#xa0;: la première lecture qui fonctionne</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/methodology.py" line="269"/>
        <source>methodology and RACI workbook</source>
        <translation>classeur de la méthodologie et de la matrice RACI</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="117"/>
        <source>scores, ranks and PMO/TMO gaps</source>
        <translation>scores, rangs et écarts PMO/TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="127"/>
        <source>the PDF minutes of a workshop (and its results workbook)</source>
        <translation>le compte rendu PDF d’un atelier (et son classeur des résultats)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/reports.py" line="135"/>
        <source>the whole meeting pack of a workshop</source>
        <translation>le dossier de séance complet d’un atelier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="108"/>
        <source>the workshops, with ids</source>
        <translation>les ateliers, avec leurs identifiants</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/__init__.py" line="82"/>
        <source>interrupted; nothing was changed</source>
        <translation>interrompu&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/__init__.py" line="91"/>
        <source>internal error ({kind}: {error}); please report it</source>
        <translation>erreur interne ({kind}&#xa0;: {error})&#xa0;; merci de la signaler</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="70"/>
        <source>Closed workshop {id}; later corrections are recorded as amendments</source>
        <translation>Atelier {id} clôturé&#xa0;; les corrections ultérieures sont consignées comme rectificatifs</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/rounds.py" line="33"/>
        <source>Closed and revealed round {n}: {rated} of {total} ballots complete, {partial} started</source>
        <translation>Tour {n} clos et révélé&#xa0;: {rated} sur {total} bulletins complets, {partial} commencés</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="84"/>
        <source>Wrote %n ballot(s) to {folder}</source>
        <translation>
            <numerusform>%n bulletin écrit dans {folder}</numerusform>
            <numerusform>%n bulletins écrits dans {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="116"/>
        <source>a blank workshop set-up workbook</source>
        <translation>un classeur de préparation d’atelier vierge</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="123"/>
        <source>offer this workspace&apos;s offices (default PMO, TMO, Business, Vendor)</source>
        <translation>proposer les bureaux de cet espace de travail (par défaut PMO, TMO, Business, Vendor)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="131"/>
        <source>a workshop from a filled set-up workbook; prints its id</source>
        <translation>un atelier à partir d’un classeur de préparation rempli&#xa0;; affiche son identifiant</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="139"/>
        <source>close a workshop: its ratings, decisions and actions are frozen</source>
        <translation>clôturer un atelier&#xa0;: ses évaluations, décisions et actions sont figées</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/rounds.py" line="48"/>
        <source>rating rounds</source>
        <translation>tours d’évaluation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/rounds.py" line="50"/>
        <source>open a new blind round; prints its number</source>
        <translation>ouvrir un nouveau tour à l’aveugle&#xa0;; affiche son numéro</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/rounds.py" line="51"/>
        <source>close the open round and reveal it</source>
        <translation>clore le tour ouvert et le révéler</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="144"/>
        <source>ballot workbooks</source>
        <translation>classeurs de bulletins</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="149"/>
        <source>one ballot workbook per participant</source>
        <translation>un classeur de bulletin par participant</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="155"/>
        <source>filled ballots, all or nothing</source>
        <translation>bulletins remplis, tout ou rien</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="35"/>
        <source>{value}: a port number from 0 to 65535 is needed</source>
        <translation>{value}&#xa0;: un numéro de port de 0 à 65535 est requis</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="106"/>
        <source>Room closed; every rating it accepted is saved.</source>
        <translation>Salle fermée&#xa0;; toutes les évaluations qu’elle a acceptées sont enregistrées.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="129"/>
        <source>{value}: an address like http://192.168.1.20:8765 is needed</source>
        <translation>{value}&#xa0;: une adresse comme http://192.168.1.20:8765 est requise</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="151"/>
        <source>Wrote %n name card(s) to {file} (room at {url})</source>
        <translation>
            <numerusform>%n carte nominative écrite dans {file} (salle à {url})</numerusform>
            <numerusform>%n cartes nominatives écrites dans {file} (salle à {url})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="164"/>
        <source>The room of {title} is open at {url} (room code {code})</source>
        <translation>La salle de {title} est ouverte à l’adresse {url} (code de salle {code})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="169"/>
        <source>Personal links:</source>
        <translation>Liens personnels&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="175"/>
        <source>Press Ctrl+C to close the room.</source>
        <translation>Appuyez sur Ctrl+C pour fermer la salle.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="199"/>
        <source>serve a workshop&apos;s room: participants rate from their own phones until Ctrl+C</source>
        <translation>ouvrir la salle d’un atelier&#xa0;: les participants notent depuis leur propre téléphone jusqu’à Ctrl+C</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="208"/>
        <source>&apos;%(prog)s cards&apos; prints a name card for each participant: their personal link as a QR code and as text, and their personal code (see &apos;%(prog)s cards --help&apos;).</source>
        <translation>«&#xa0;%(prog)s cards&#xa0;» imprime une carte nominative pour chaque participant&#xa0;: son lien personnel sous forme de code QR et de texte, et son code personnel (voir «&#xa0;%(prog)s cards --help&#xa0;»).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="215"/>
        <source>a PDF of name cards: each participant&apos;s personal link as a QR code and as text, and their personal code</source>
        <translation>un PDF de cartes nominatives&#xa0;: le lien personnel de chaque participant sous forme de code QR et de texte, et son code personnel</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="229"/>
        <source>the room&apos;s address as phones reach it, http://IP:PORT (default: this machine&apos;s network address and port {port})</source>
        <translation>l’adresse de la salle telle que les téléphones l’atteignent, http://IP:PORT (par défaut&#xa0;: l’adresse réseau de cet ordinateur et le port {port})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="242"/>
        <source>the address to listen on (default 127.0.0.1)</source>
        <translation>l’adresse d’écoute (par défaut 127.0.0.1)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="249"/>
        <source>the port (default {port}; 0 picks a free one)</source>
        <translation>le port (par défaut {port}&#xa0;; 0 en choisit un libre)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="257"/>
        <source>claiming a name asks for the personal code of the name cards (default: as the workshop&apos;s room was last set)</source>
        <translation>choisir un nom demande le code personnel des cartes nominatives (par défaut&#xa0;: comme la salle de l’atelier a été réglée en dernier)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="267"/>
        <source>participants&apos; pages show the presenter&apos;s ranking once a round is revealed (default: as the workshop&apos;s room was last set; off for a new room)</source>
        <translation>les pages des participants montrent le classement de la vue présentateur une fois un tour dévoilé (par défaut&#xa0;: comme la salle de l’atelier a été réglée en dernier&#xa0;; désactivé pour une nouvelle salle)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="276"/>
        <source>first line: the address, room code and personal links as JSON</source>
        <translation>première ligne&#xa0;: l’adresse, le code de salle et les liens personnels en JSON</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="29"/>
        <source>no comparisons yet</source>
        <translation>aucune comparaison pour l’instant</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="34"/>
        <source>— withheld: fewer than two participants of an office compared the criteria, or they would be one person&apos;s judgements</source>
        <translation>— masqué&#xa0;: moins de deux participants d’un bureau ont comparé les critères, sinon ce seraient les jugements d’une seule personne</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="41"/>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="64"/>
        <source>pairs not compared: {n}</source>
        <translation>paires non comparées&#xa0;: {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="46"/>
        <source>no weights yet: {names} not linked to the other criteria</source>
        <translation>pas encore de pondérations&#xa0;: {names} sans lien avec les autres critères</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="56"/>
        <source>consistency ratio {cr}</source>
        <translation>ratio de cohérence {cr}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="62"/>
        <source>most inconsistent: {a} vs {b}</source>
        <translation>plus forte incohérence&#xa0;: {a} face à {b}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="79"/>
        <source>group weights adopted {when}</source>
        <translation>pondérations du groupe, adoptées le {when}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="83"/>
        <source>the criteria&apos;s set weights</source>
        <translation>les pondérations fixées des critères</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="85"/>
        <source>{title} — pairwise criterion weights; in force: {force}</source>
        <translation>{title} — pondérations des critères par comparaison par paires&#xa0;; en vigueur&#xa0;: {force}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="91"/>
        <source>Group ({n} compared)</source>
        <translation>Groupe ({n} ont comparé)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="95"/>
        <source>{office} ({n} compared)</source>
        <translation>{office} ({n} ont comparé)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="102"/>
        <source>Participant {n}</source>
        <translation>Participant {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/weights.py" line="113"/>
        <source>pairwise (AHP) criterion weights and their consistency</source>
        <translation>pondérations des critères par comparaison par paires (AHP) et leur cohérence</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="36"/>
        <source>the budget must be an amount of 0 or more, not &apos;{value}&apos;</source>
        <translation>le budget doit être un montant supérieur ou égal à 0, et non &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="51"/>
        <source>draws must be a whole number of 0 or more, not &apos;{value}&apos;</source>
        <translation>le nombre de tirages doit être un nombre entier supérieur ou égal à 0, et non &apos;{value}&apos;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="133"/>
        <source>{title} — round {n}: what to fund</source>
        <translation>{title} — tour {n}&#xa0;: ce qu’il faut financer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="139"/>
        <source>No budget set: {spent} spent; total score {score}</source>
        <translation>Aucun budget défini&#xa0;: {spent} dépensés&#xa0;; score total {score}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="145"/>
        <source>Budget {budget}: {spent} spent, {left} left; total score {score}</source>
        <translation>Budget {budget}&#xa0;: {spent} dépensés, {left} restants&#xa0;; score total {score}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="157"/>
        <source>{resource}: {used} of {limit} used</source>
        <translation>{resource}&#xa0;: {used} utilisés sur {limit}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="158"/>
        <source>Second resource</source>
        <translation>Seconde ressource</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="171"/>
        <source>Funded: {n} of {m} proposals</source>
        <translation>Financées&#xa0;: {n} propositions sur {m}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="175"/>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="175"/>
        <source>cost</source>
        <translation>coût</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="185"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="199"/>
        <source>joint</source>
        <translation>conjoint</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="204"/>
        <source>What the PMO alone, the TMO alone and both together would fund</source>
        <translation>Ce que le PMO seul, le TMO seul et les deux ensemble financeraient</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="208"/>
        <source>proposal</source>
        <translation>proposition</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="211"/>
        <source>only PMO</source>
        <translation>PMO seul</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="212"/>
        <source>only TMO</source>
        <translation>TMO seul</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="234"/>
        <source>total score</source>
        <translation>score total</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="238"/>
        <source>— withheld: fewer than two participants of an office rated it; such a figure counts as not rated in that office&apos;s set, and an office with no figure shown has no set</source>
        <translation>— masqué&#xa0;: moins de deux participants d’un bureau l’ont évalué&#xa0;; un tel chiffre compte comme non évalué dans l’ensemble de ce bureau, et un bureau sans chiffre affiché n’a pas d’ensemble</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="252"/>
        <source>Frontier: the rules cannot hold at any budget</source>
        <translation>Frontière efficiente&#xa0;: les règles ne peuvent être respectées pour aucun budget</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="256"/>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="257"/>
        <source>best score</source>
        <translation>meilleur score</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="258"/>
        <source>rank order</source>
        <translation>ordre du classement</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="263"/>
        <source>Frontier: the best total score at each budget, beside funding strictly in rank order</source>
        <translation>Frontière efficiente&#xa0;: le meilleur score total pour chaque budget, à côté du financement strictement dans l’ordre du classement</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="268"/>
        <source>change</source>
        <translation>changement</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="282"/>
        <source>{n} of {m} budgets shown; --json lists every one</source>
        <translation>{n} budgets affichés sur {m}&#xa0;; --json les liste tous</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="295"/>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="306"/>
        <source>criterion</source>
        <translation>critère</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="307"/>
        <source>weight</source>
        <translation>pondération</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="308"/>
        <source>top-ranked stays</source>
        <translation>premier rang inchangé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="309"/>
        <source>funded set stays</source>
        <translation>ensemble financé inchangé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="313"/>
        <source>Sensitivity: the weights within which each criterion leaves the decision as it is (the other weights unchanged)</source>
        <translation>Sensibilité&#xa0;: les pondérations entre lesquelles chaque critère laisse la décision telle quelle (les autres pondérations inchangées)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="327"/>
        <source>— no funded set: the rules cannot hold</source>
        <translation>— aucun ensemble financé&#xa0;: les règles ne peuvent pas être respectées</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="341"/>
        <source>Probability funded: how often each proposal is funded in {n} random draws of the weights around the agreed ones (• funded now)</source>
        <translation>Probabilité de financement&#xa0;: fréquence à laquelle chaque proposition est financée sur {n} tirages aléatoires des pondérations autour de celles convenues (• financée actuellement)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="387"/>
        <source>what to fund under the budget and the funding rules, what each office alone would fund, the frontier and the decision&apos;s sensitivity</source>
        <translation>ce qu’il faut financer selon le budget et les règles de financement, ce que chaque bureau financerait seul, la frontière efficiente et la sensibilité de la décision</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="400"/>
        <source>decide under this budget instead of the workshop&apos;s</source>
        <translation>décider avec ce budget au lieu de celui de l’atelier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/portfolio.py" line="407"/>
        <source>random weight draws for the probability of funding (0: leave it out)</source>
        <translation>tirages aléatoires des pondérations pour la probabilité de financement (0&#xa0;: l’omettre)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/library.py" line="20"/>
        <source>Password for {url}: </source>
        <translation>Mot de passe pour {url} : </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/library.py" line="40"/>
        <source>Copied {source} to {target}: {records}</source>
        <translation>{source} copié vers {target} : {records}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/library.py" line="55"/>
        <source>copy a whole workspace between a file and a team library (postgresql://…), either way; the target must be new or an empty database</source>
        <translation>copier un espace de travail entier entre un fichier et une bibliothèque d’équipe (postgresql://…), dans les deux sens ; la cible doit être nouvelle ou une base de données vide</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/checkout.py" line="20"/>
        <source>Checked out workshop {id} &apos;{title}&apos; to {file}; it is read-only in the library until it is checked in</source>
        <translation>Atelier {id} « {title} » extrait vers {file} ; il est en lecture seule dans la bibliothèque jusqu’à sa réintégration</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/checkout.py" line="35"/>
        <source>Checked in workshop {id} &apos;{title}&apos; from {file}: {records}</source>
        <translation>Atelier {id} « {title} » réintégré depuis {file} : {records}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/checkout.py" line="51"/>
        <source>Released workshop {id} &apos;{title}&apos; (checked out to {file} by {who}); what was done in that file stays there</source>
        <translation>Atelier {id} « {title} » libéré (extrait vers {file} par {who}) ; ce qui a été fait dans ce fichier y reste</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/checkout.py" line="66"/>
        <source>copy a workshop with its methodology into a new file for a session offline; read-only in the library until it is checked in</source>
        <translation>copier un atelier avec sa méthodologie dans un nouveau fichier pour une séance hors ligne ; en lecture seule dans la bibliothèque jusqu’à sa réintégration</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/checkout.py" line="79"/>
        <source>bring a checked-out workshop back from its file, in one transaction, and release it</source>
        <translation>réintégrer un atelier extrait depuis son fichier, en une transaction, et le libérer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/checkout.py" line="90"/>
        <source>refuse the file unless it holds this workshop</source>
        <translation>refuser le fichier s’il ne contient pas cet atelier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli/checkout.py" line="96"/>
        <source>release a checked-out workshop without its file (a lost file); what was done in the file is not brought back</source>
        <translation>libérer un atelier extrait sans son fichier (fichier perdu) ; ce qui a été fait dans le fichier n’est pas réintégré</translation>
    </message>
</context>
<context>
    <name>CopySetupDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/copy_setup_dialog.py" line="28"/>
        <source>Copy from an earlier workshop</source>
        <translation>Copier depuis un atelier précédent</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/copy_setup_dialog.py" line="30"/>
        <source>Workshop to copy from</source>
        <translation>Atelier à copier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/copy_setup_dialog.py" line="33"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/copy_setup_dialog.py" line="35"/>
        <source>&amp;Participants, with their offices</source>
        <translation>&amp;Participants, avec leurs bureaux</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/copy_setup_dialog.py" line="36"/>
        <source>&amp;Criteria, with weights, directions and scales</source>
        <translation>&amp;Critères, avec pondérations, sens et échelles</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/copy_setup_dialog.py" line="40"/>
        <source>Names this workshop already has are left as they are.</source>
        <translation>Les noms déjà présents dans cet atelier restent inchangés.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/copy_setup_dialog.py" line="43"/>
        <source>&amp;From:</source>
        <translation>&amp;Depuis&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/copy_setup_dialog.py" line="49"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
</context>
<context>
    <name>Count</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="42"/>
        <source>%n phase(s)</source>
        <translation>
            <numerusform>%n phase</numerusform>
            <numerusform>%n phases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="43"/>
        <source>%n activities</source>
        <translation>
            <numerusform>%n activité</numerusform>
            <numerusform>%n activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="44"/>
        <source>%n deliverable(s)</source>
        <translation>
            <numerusform>%n livrable</numerusform>
            <numerusform>%n livrables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="45"/>
        <source>%n gate(s), review(s) or sign-off(s)</source>
        <translation>
            <numerusform>%n jalon, revue ou validation</numerusform>
            <numerusform>%n jalons, revues et validations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="46"/>
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n rôle</numerusform>
            <numerusform>%n rôles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="47"/>
        <source>%n office(s)</source>
        <translation>
            <numerusform>%n bureau</numerusform>
            <numerusform>%n bureaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="48"/>
        <source>%n RACI letter(s)</source>
        <translation>
            <numerusform>%n lettre RACI</numerusform>
            <numerusform>%n lettres RACI</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="49"/>
        <source>%n cell(s)</source>
        <translation>
            <numerusform>%n cellule</numerusform>
            <numerusform>%n cellules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="50"/>
        <source>%n filled cell(s)</source>
        <translation>
            <numerusform>%n cellule remplie</numerusform>
            <numerusform>%n cellules remplies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="51"/>
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n atelier</numerusform>
            <numerusform>%n ateliers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="52"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n évaluation</numerusform>
            <numerusform>%n évaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="53"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="54"/>
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n proposition</numerusform>
            <numerusform>%n propositions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="55"/>
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n point de contact</numerusform>
            <numerusform>%n points de contact</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="56"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriteriaModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="275"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="276"/>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="277"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="278"/>
        <source>Scale from</source>
        <translation>Échelle de</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="279"/>
        <source>Scale to</source>
        <translation>Échelle à</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="280"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="286"/>
        <source>How much the criterion counts in the weighted score</source>
        <translation>Poids du critère dans le score pondéré</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="287"/>
        <source>Lower is better for costs and risks: a low rating scores high</source>
        <translation>Plus bas = meilleur pour les coûts et les risques&#xa0;: une note basse donne un score élevé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="288"/>
        <source>The lowest rating a participant can give</source>
        <translation>La note la plus basse qu’un participant peut donner</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="289"/>
        <source>The highest rating a participant can give</source>
        <translation>La note la plus haute qu’un participant peut donner</translation>
    </message>
</context>
<context>
    <name>Decision</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="16"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="17"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="18"/>
        <source>Deferred</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="19"/>
        <source>Needs information</source>
        <translation>Infos requises</translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="87"/>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="122"/>
        <source>&amp;Approve</source>
        <translation>Approu&amp;ver</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="123"/>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="124"/>
        <source>&amp;Defer</source>
        <translation>Re&amp;porter</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="125"/>
        <source>&amp;Needs information</source>
        <translation>Infor&amp;mations requises</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="126"/>
        <source>N&amp;o decision</source>
        <translation>Aucu&amp;ne décision</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="141"/>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="144"/>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="146"/>
        <source>Leaving the field or Ctrl+Enter saves it</source>
        <translation>Quitter le champ ou Ctrl+Entrée l’enregistre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="153"/>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="159"/>
        <source>F2 edits the current cell, Insert adds an action, Delete deletes it</source>
        <translation>F2 modifie la cellule courante, Inser ajoute une action, Suppr la supprime</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="229"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="173"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="184"/>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="177"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="187"/>
        <source>Delete action</source>
        <translation>Supprimer l’action</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="185"/>
        <source>Add an action for the selected proposal (Ins)</source>
        <translation>Ajouter une action pour la proposition sélectionnée (Inser)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="188"/>
        <source>Delete the selected action (Del)</source>
        <translation>Supprimer l’action sélectionnée (Suppr)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="195"/>
        <source>This workshop is closed. Changes are recorded as amendments with a reason.</source>
        <translation>Cet atelier est clôturé. Les modifications sont consignées comme rectificatifs, avec un motif.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="199"/>
        <source>Amendments</source>
        <translation>Rectificatifs</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="205"/>
        <source>A&amp;mendments</source>
        <translation>Recti&amp;ficatifs</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="241"/>
        <source>&amp;Proposals</source>
        <translation>Pr&amp;opositions</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="253"/>
        <source>Decision:</source>
        <translation>Décision&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="257"/>
        <source>Ra&amp;tionale</source>
        <translation>&amp;Justification</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="258"/>
        <source>&amp;Conditions</source>
        <translation>&amp;Conditions</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="274"/>
        <source>Action &amp;items</source>
        <translation>Action&amp;s</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="285"/>
        <source>Ctrl+Enter or leaving a field saves it · Ins adds an action for the proposal · F2 edits a cell · Del deletes the action</source>
        <translation>Ctrl+Entrée ou quitter un champ l’enregistre · Inser ajoute une action pour la proposition · F2 modifie une cellule · Suppr supprime l’action</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_words.py" line="54"/>
        <source>Actions: %n</source>
        <translation>
            <numerusform>Actions&#xa0;: %n</numerusform>
            <numerusform>Actions&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_words.py" line="55"/>
        <source>not done: %n</source>
        <translation>
            <numerusform>à faire&#xa0;: %n</numerusform>
            <numerusform>à faire&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_words.py" line="60"/>
        <source>overdue: %n</source>
        <translation>
            <numerusform>en retard&#xa0;: %n</numerusform>
            <numerusform>en retard&#xa0;: %n</numerusform>
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
        <translation>Consigné par {who}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="395"/>
        <source>A&amp;mendments (%n)</source>
        <translation>
            <numerusform>R&amp;ectificatifs (%n)</numerusform>
            <numerusform>R&amp;ectificatifs (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="420"/>
        <source>Choose a decision first, then record why.</source>
        <translation>Choisissez d’abord une décision, puis consignez sa justification.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="426"/>
        <source>No proposals in this workshop</source>
        <translation>Aucune proposition dans cet atelier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="440"/>
        <source>Decision: {decision}</source>
        <translation>Décision&#xa0;: {decision}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_words.py" line="23"/>
        <source>Sponsor: {name}</source>
        <translation>Commanditaire&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_words.py" line="29"/>
        <source>Cost: {cost}</source>
        <translation>Coût&#xa0;: {cost}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_words.py" line="35"/>
        <source>Benefit: {benefit}</source>
        <translation>Bénéfice&#xa0;: {benefit}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_words.py" line="41"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_words.py" line="45"/>
        <source>decided {when}</source>
        <translation>décidée le {when}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="94"/>
        <source>Withdraw decision on “{proposal}”</source>
        <translation>Retirer la décision sur «&#xa0;{proposal}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="106"/>
        <source>Decide “{proposal}”: {decision}</source>
        <translation>Statuer sur «&#xa0;{proposal}&#xa0;»&#xa0;: {decision}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="123"/>
        <source>Decision on “{proposal}”: {old} → {new}</source>
        <translation>Décision sur «&#xa0;{proposal}&#xa0;»&#xa0;: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="132"/>
        <source>Amend decision on “{proposal}”</source>
        <translation>Rectifier la décision sur «&#xa0;{proposal}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="158"/>
        <source>Edit rationale and conditions of “{proposal}”</source>
        <translation>Modifier la justification et les conditions de «&#xa0;{proposal}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="162"/>
        <source>Edit rationale of “{proposal}”</source>
        <translation>Modifier la justification de «&#xa0;{proposal}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="164"/>
        <source>Edit conditions of “{proposal}”</source>
        <translation>Modifier les conditions de «&#xa0;{proposal}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="191"/>
        <source>Edit action text</source>
        <translation>Modifier le texte de l’action</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="192"/>
        <source>Change action owner</source>
        <translation>Changer le responsable de l’action</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="193"/>
        <source>Change action due date</source>
        <translation>Changer l’échéance de l’action</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="194"/>
        <source>Change action status</source>
        <translation>Changer le statut de l’action</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="195"/>
        <source>Link action to a proposal</source>
        <translation>Lier l’action à une proposition</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="196"/>
        <source>Link action to an agenda item</source>
        <translation>Lier l’action à un point de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="208"/>
        <source>{change}: “{action}”</source>
        <translation>{change}&#xa0;: «&#xa0;{action}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="227"/>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_changes.py" line="244"/>
        <source>Delete action “{action}”</source>
        <translation>Supprimer l’action «&#xa0;{action}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>DiscardRoundDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="187"/>
        <source>Discard round</source>
        <translation>Abandonner le tour</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="197"/>
        <source>A backup is taken first; File → Restore Backup brings the round back. The discard is recorded with its reason and cannot be undone with Undo.</source>
        <translation>Une sauvegarde est d’abord effectuée&#xa0;; Fichier → Restaurer une sauvegarde rétablit le tour. L’abandon est consigné avec son motif et ne peut pas être défait avec Annuler.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="202"/>
        <source>&amp;Why is it discarded?</source>
        <translation>&amp;Pourquoi cet abandon&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="205"/>
        <source>Reason for discarding the round</source>
        <translation>Motif de l’abandon du tour</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="206"/>
        <source>e.g. opened by mistake before the briefing</source>
        <translation>p. ex. ouvert par erreur avant les consignes</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="212"/>
        <source>Discard Round</source>
        <translation>Abandonner le tour</translation>
    </message>
</context>
<context>
    <name>DueDateEdit</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_editors.py" line="165"/>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_editors.py" line="168"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_editors.py" line="170"/>
        <source>Up/Down change the date, Alt+Down opens the calendar, Delete empties it</source>
        <translation>Haut/Bas changent la date, Alt+Bas ouvre le calendrier, Suppr l’efface</translation>
    </message>
</context>
<context>
    <name>EmptyWorkshops</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="68"/>
        <source>No workshops yet</source>
        <translation>Pas encore d’atelier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="75"/>
        <source>In a workshop the PMO and the TMO rate project proposals together, see where they disagree and decide. Make one here, then add its participants, criteria and proposals on its Set-up page — or fill a set-up workbook in Excel and bring it in.</source>
        <translation>Dans un atelier, le PMO et le TMO notent ensemble des propositions de projet, voient où ils divergent et décident. Créez-en un ici, puis ajoutez ses participants, critères et propositions sur sa page Préparation — ou remplissez un classeur de préparation dans Excel et importez-le.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="82"/>
        <source>&amp;New Workshop…</source>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="84"/>
        <source>New from a Set-up &amp;Workbook…</source>
        <translation>Nouveau depuis un &amp;classeur de préparation…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="85"/>
        <source>Save a &amp;Blank Set-up Workbook…</source>
        <translation>Enregistrer un classeur de préparation &amp;vierge…</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_commands.py" line="129"/>
        <source>Open Read-Only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_commands.py" line="170"/>
        <source>{message}

Open a copy of that backup? The damaged file stays as it is.</source>
        <translation>{message}

Ouvrir une copie de cette sauvegarde&#xa0;? Le fichier endommagé reste tel quel.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_commands.py" line="172"/>
        <source>Open Backup Copy</source>
        <translation>Ouvrir la copie de sauvegarde</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_commands.py" line="196"/>
        <source>Opened {file}</source>
        <translation>{file} ouvert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_commands.py" line="255"/>
        <source>Restored {file}</source>
        <translation>{file} restauré</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_commands.py" line="279"/>
        <source>Exported to {file}</source>
        <translation>Exporté vers {file}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_commands.py" line="301"/>
        <source>Import from Excel</source>
        <translation>Importer depuis Excel</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_commands.py" line="311"/>
        <source>Backup failed: {error}</source>
        <translation>Échec de la sauvegarde&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_commands.py" line="315"/>
        <source>Backed up to {file}</source>
        <translation>Sauvegardé dans {file}</translation>
    </message>
</context>
<context>
    <name>FileNotice</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_notice.py" line="44"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_notice.py" line="68"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_notice.py" line="48"/>
        <source>Show in &amp;Folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_notice.py" line="66"/>
        <source>Wrote {file}</source>
        <translation>{file} écrit</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_notice.py" line="69"/>
        <source>Open {file}</source>
        <translation>Ouvrir {file}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_notice.py" line="78"/>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_notice.py" line="80"/>
        <source>Open the folder {folder}</source>
        <translation>Ouvrir le dossier {folder}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/file_notice.py" line="102"/>
        <source>The system could not open {path}; it is there, open it from your file manager.</source>
        <translation>Le système n’a pas pu ouvrir {path} ; le fichier est bien là, ouvrez-le depuis votre gestionnaire de fichiers.</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="32"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="33"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="34"/>
        <source>%n alignment finding(s)</source>
        <translation>
            <numerusform>%n constat d’alignement</numerusform>
            <numerusform>%n constats d’alignement</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/findings_panel.py" line="41"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/findings_panel.py" line="42"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/findings_panel.py" line="43"/>
        <source>Alignment</source>
        <translation>Alignement</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/findings_panel.py" line="49"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/findings_panel.py" line="51"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/findings_panel.py" line="57"/>
        <source>Findings of the methodology check</source>
        <translation>Constats du contrôle de la méthodologie</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/findings_panel.py" line="80"/>
        <source>&lt;b&gt;Check:&lt;/b&gt; checking…</source>
        <translation>&lt;b&gt;Contrôle&#xa0;:&lt;/b&gt; en cours…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/findings_panel.py" line="87"/>
        <source>&lt;b&gt;Check:&lt;/b&gt; no findings — every activity has one Accountable, and PMO and TMO work is integrated.</source>
        <translation>&lt;b&gt;Contrôle&#xa0;:&lt;/b&gt; aucun constat — chaque activité a un Approbateur, et le travail du PMO et du TMO est intégré.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/findings_panel.py" line="93"/>
        <source>&lt;b&gt;Check:&lt;/b&gt; {counts}</source>
        <translation>&lt;b&gt;Contrôle&#xa0;:&lt;/b&gt; {counts}</translation>
    </message>
</context>
<context>
    <name>FrontierChart</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/frontier_chart.py" line="83"/>
        <source>From a budget of {budget}: total score {score}, {count} funded.</source>
        <translation>À partir d’un budget de {budget}&#xa0;: score total {score}, {count} financées.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/frontier_chart.py" line="174"/>
        <source>Best set from a budget of {budget}: total score {score}</source>
        <translation>Meilleur ensemble à partir d’un budget de {budget}&#xa0;: score total {score}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/frontier_chart.py" line="178"/>
        <source>In rank order, cost {budget}: total score {score}</source>
        <translation>Dans l’ordre du classement, coût {budget}&#xa0;: score total {score}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/frontier_chart.py" line="184"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… et&#xa0;%n autre</numerusform>
            <numerusform>… et&#xa0;%n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/frontier_chart.py" line="186"/>
        <source>Nothing funded</source>
        <translation>Rien de financé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/frontier_chart.py" line="325"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/frontier_chart.py" line="332"/>
        <source>Total score</source>
        <translation>Score total</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/frontier_chart.py" line="338"/>
        <source>Best set for each budget</source>
        <translation>Meilleur ensemble pour chaque budget</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/frontier_chart.py" line="339"/>
        <source>Funding in rank order</source>
        <translation>Financement dans l’ordre du classement</translation>
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
        <translation>le budget de {budget}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="47"/>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="70"/>
        <source>the second resource</source>
        <translation>la seconde ressource</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="48"/>
        <source>the limit of {limit} on {resource}</source>
        <translation>la limite de {limit} pour {resource}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="52"/>
        <source>&apos;{proposal}&apos; requires &apos;{other}&apos;</source>
        <translation>&apos;{proposal}&apos; requiert &apos;{other}&apos;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="56"/>
        <source>&apos;{proposal}&apos; must be funded</source>
        <translation>&apos;{proposal}&apos; doit être financée</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="60"/>
        <source>&apos;{proposal}&apos; must not be funded</source>
        <translation>&apos;{proposal}&apos; ne doit pas être financée</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="65"/>
        <source>at most {limit} of group &apos;{group}&apos; may be funded ({titles})</source>
        <translation>le groupe &apos;{group}&apos; limite le financement à {limit} de ses propositions ({titles})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="72"/>
        <source>&apos;{proposal}&apos; has no cost, so it is funded only as a must</source>
        <translation>&apos;{proposal}&apos; n’a pas de coût, elle n’est donc financée qu’en financement obligatoire</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="84"/>
        <source>The funding rules cannot all hold, so nothing is funded. These conflict:</source>
        <translation>Les règles de financement ne peuvent pas toutes être respectées, rien n’est donc financé. Sont en conflit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="91"/>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="92"/>
        <source>Funded as a must without a cost (counted as 0 in the total): {titles}</source>
        <translation>Financées en financement obligatoire sans coût (comptées pour 0 dans le total)&#xa0;: {titles}</translation>
    </message>
</context>
<context>
    <name>GapModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/gap_view.py" line="155"/>
        <source>{proposal}: PMO {pmo}, TMO {tmo}</source>
        <translation>{proposal}&#xa0;: PMO {pmo}, TMO {tmo}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/gap_view.py" line="162"/>
        <source>{proposal} · {criterion}: PMO {pmo}, TMO {tmo}</source>
        <translation>{proposal} · {criterion}&#xa0;: PMO {pmo}, TMO {tmo}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/gap_view.py" line="178"/>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
</context>
<context>
    <name>GapView</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/formatting.py" line="44"/>
        <source>Withheld for privacy: fewer than two participants of an office rated it; the other office&apos;s figure is withheld with it, so that neither shows one person&apos;s rating.</source>
        <translation>Masqué par confidentialité&#xa0;: moins de deux participants d’un bureau l’ont évalué&#xa0;; le chiffre de l’autre bureau est masqué avec lui, afin qu’aucun des deux ne montre l’évaluation d’une seule personne.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/gap_view.py" line="55"/>
        <source>PMO rates higher&amp;nbsp;{pmo_ramp}&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp; TMO rates higher&amp;nbsp;{tmo_ramp}&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp; The stronger the colour, the larger the gap: full colour at {top} points, the largest gap shown.</source>
        <translation>Le PMO note plus haut&amp;nbsp;{pmo_ramp}&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp; Le TMO note plus haut&amp;nbsp;{tmo_ramp}&amp;nbsp;&amp;nbsp;&amp;nbsp;&amp;nbsp; Plus la couleur est intense, plus l’écart est grand&#xa0;: couleur pleine à {top} points, le plus grand écart affiché.</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="155"/>
        <source>Ctrl+Space / Shift+Space</source>
        <translation>Ctrl+Espace / Maj+Espace</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="153"/>
        <source>Select the current role&apos;s column (Ctrl+Space) or activity&apos;s row (Shift+Space)</source>
        <translation>Sélectionner la colonne du rôle courant (Ctrl+Espace) ou la ligne de l&apos;activité (Maj+Espace)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="170"/>
        <source>More keys, and every menu command that has one</source>
        <translation>Autres touches, et chaque commande de menu qui en a une</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="44"/>
        <source>Getting Started</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="47"/>
        <source>Getting started guide</source>
        <translation>Guide de prise en main</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="63"/>
        <source>What the app is for</source>
        <translation>À quoi sert l’application</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="64"/>
        <source>The five areas</source>
        <translation>Les cinq sections</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="65"/>
        <source>Keyboard essentials</source>
        <translation>L’essentiel du clavier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="66"/>
        <source>How a workshop runs</source>
        <translation>Déroulement d’un atelier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="67"/>
        <source>Rating from phones: the room</source>
        <translation>Noter depuis les téléphones&#xa0;: la salle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="68"/>
        <source>How the scores are computed</source>
        <translation>Calcul des scores</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="69"/>
        <source>Where your data lives</source>
        <translation>Où sont vos données</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="76"/>
        <source>Getting started</source>
        <translation>Prise en main</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="81"/>
        <source>&lt;p&gt;Most organisations have a &lt;b&gt;Project Management Office (PMO)&lt;/b&gt; that owns the delivery method. The technical side — architects, technical managers, consultants, design and configuration specialists — deserves the same: a &lt;b&gt;Technical Management Office (TMO)&lt;/b&gt;, beside the PMO or inside it.&lt;/p&gt;&lt;p&gt;PMO–TMO Desktop helps the two offices agree on &lt;b&gt;one common methodology&lt;/b&gt; that covers the management &lt;i&gt;and&lt;/i&gt; the technical work, with the roles, deliverables, gates and sign-offs of both, so that each office knows the other&apos;s duties. With it both offices also &lt;b&gt;assess project proposals together&lt;/b&gt; in workshops: they rate, see where they disagree, decide and record the actions.&lt;/p&gt;&lt;p&gt;It works offline, on your laptop. Nothing is ever sent anywhere.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La plupart des organisations disposent d’un &lt;b&gt;bureau de gestion de projets (PMO)&lt;/b&gt; qui porte la méthode de réalisation. Le volet technique — architectes, responsables techniques, consultants, spécialistes de la conception et du paramétrage — mérite la même chose&#xa0;: un &lt;b&gt;bureau de gestion technique (TMO)&lt;/b&gt;, à côté du PMO ou en son sein.&lt;/p&gt;&lt;p&gt;PMO–TMO Desktop aide les deux bureaux à s’accorder sur &lt;b&gt;une méthodologie commune&lt;/b&gt; qui couvre le travail de gestion &lt;i&gt;et&lt;/i&gt; le travail technique, avec les rôles, livrables, jalons et validations de chacun, afin que chaque bureau connaisse les obligations de l’autre. Les deux bureaux y &lt;b&gt;évaluent aussi ensemble les propositions de projet&lt;/b&gt; en atelier&#xa0;: ils notent, voient où ils divergent, décident et consignent les actions.&lt;/p&gt;&lt;p&gt;L’application fonctionne hors ligne, sur votre ordinateur portable. Rien n’est jamais envoyé nulle part.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="95"/>
        <source>&lt;p&gt;Once a workspace is open, the list on the left leads to five areas:&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Methodology&lt;/td&gt;&lt;td&gt;Phases, their activities (management, technical or governance work, owned by an office), deliverables and the gates, reviews and sign-offs that control them — with a form for every property.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;RACI matrix&lt;/td&gt;&lt;td&gt;Who is Responsible, Accountable, Consulted or Informed for each activity. The findings below the grid are checked again with every edit: a missing or double Accountable, overloaded or idle roles, technical work without a TMO owner, gates only one office signs.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Roles &amp;amp; offices&lt;/td&gt;&lt;td&gt;The offices (PMO, TMO, Business, Vendor, …) with their colours, and the roles that belong to them.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Alignment&lt;/td&gt;&lt;td&gt;Per phase, the activities where PMO and TMO work together, alone or not at all, and the load each role carries.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Workshops&lt;/td&gt;&lt;td&gt;The joint workshops: set-up, agenda, rating, results with the PMO-vs-TMO gap view, and decisions and actions.&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;p&gt;Une fois un espace de travail ouvert, la liste de gauche donne accès à cinq sections&#xa0;:&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Méthodologie&lt;/td&gt;&lt;td&gt;Les phases, leurs activités (travail de gestion, technique ou de gouvernance, porté par un bureau), les livrables et les jalons, revues et validations qui les contrôlent — avec un formulaire pour chaque propriété.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Matrice RACI&lt;/td&gt;&lt;td&gt;Qui est Réalisateur, Approbateur, Consulté ou Informé pour chaque activité. Les constats sous la grille sont revérifiés à chaque modification&#xa0;: Approbateur manquant ou en double, rôles surchargés ou inactifs, travail technique sans responsable TMO, jalons validés par un seul bureau.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Rôles &amp;amp; bureaux&lt;/td&gt;&lt;td&gt;Les bureaux (PMO, TMO, Business, Vendor, …) avec leurs couleurs, et les rôles qui leur appartiennent.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Alignement&lt;/td&gt;&lt;td&gt;Par phase, les activités où le PMO et le TMO travaillent ensemble, seuls ou pas du tout, et la charge portée par chaque rôle.&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ateliers&lt;/td&gt;&lt;td&gt;Les ateliers conjoints&#xa0;: préparation, ordre du jour, évaluation, résultats avec la vue des écarts PMO/TMO, décisions et actions.&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="115"/>
        <source>&lt;p&gt;Everything done in the room can be done from the keyboard.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th colspan=&apos;2&apos;&gt;Everywhere&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+1 … Ctrl+5&lt;/td&gt;&lt;td&gt;Go to an area: Methodology, RACI matrix, Roles &amp;amp; offices, Alignment, Workshops&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+Z&lt;/td&gt;&lt;td&gt;Undo the last change (Edit → Redo brings it back)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+Shift+P&lt;/td&gt;&lt;td&gt;Presenter view for the projector&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;F1&lt;/td&gt;&lt;td&gt;This guide&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;th colspan=&apos;2&apos;&gt;Methodology tree and lists&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ins&lt;/td&gt;&lt;td&gt;New activity (Ctrl+Ins a deliverable, Shift+Ins a gate or review, Ctrl+Shift+N a phase)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Del&lt;/td&gt;&lt;td&gt;Delete, with everything below it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;F2&lt;/td&gt;&lt;td&gt;Rename in place&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+Up / Ctrl+Down&lt;/td&gt;&lt;td&gt;Move up or down&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;th colspan=&apos;2&apos;&gt;RACI grid&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;R, A, C, I (S, V)&lt;/td&gt;&lt;td&gt;Toggle that letter in every selected cell&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Del&lt;/td&gt;&lt;td&gt;Clear the selected cells&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+C / Ctrl+V&lt;/td&gt;&lt;td&gt;Copy and paste cells with Excel or LibreOffice&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;th colspan=&apos;2&apos;&gt;Hot-seat ballot&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Digits&lt;/td&gt;&lt;td&gt;Type the rating in the cell&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Enter / Tab&lt;/td&gt;&lt;td&gt;Store it and move to the next cell&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+Enter&lt;/td&gt;&lt;td&gt;Done: hide the ballot for the next participant&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;th colspan=&apos;2&apos;&gt;Agenda&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;F5&lt;/td&gt;&lt;td&gt;Start or pause the timer&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+Right / Ctrl+Left&lt;/td&gt;&lt;td&gt;Next or previous item&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;p&gt;Tout ce qui se fait en salle peut se faire au clavier.&lt;/p&gt;&lt;table&gt;&lt;tr&gt;&lt;th colspan=&apos;2&apos;&gt;Partout&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+1 … Ctrl+5&lt;/td&gt;&lt;td&gt;Aller à une section&#xa0;: Méthodologie, Matrice RACI, Rôles &amp;amp; bureaux, Alignement, Ateliers&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+Z&lt;/td&gt;&lt;td&gt;Annuler la dernière modification (Édition → Rétablir la refait)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+Maj+P&lt;/td&gt;&lt;td&gt;Vue présentateur pour le projecteur&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;F1&lt;/td&gt;&lt;td&gt;Ce guide&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;th colspan=&apos;2&apos;&gt;Arborescence de la méthodologie et listes&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Inser&lt;/td&gt;&lt;td&gt;Nouvelle activité (Ctrl+Inser un livrable, Maj+Inser un jalon ou une revue, Ctrl+Maj+N une phase)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Suppr&lt;/td&gt;&lt;td&gt;Supprimer, avec tout ce qui se trouve en dessous&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;F2&lt;/td&gt;&lt;td&gt;Renommer sur place&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+Haut / Ctrl+Bas&lt;/td&gt;&lt;td&gt;Monter ou descendre&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;th colspan=&apos;2&apos;&gt;Grille RACI&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;R, A, C, I (S, V)&lt;/td&gt;&lt;td&gt;Activer ou désactiver cette lettre dans toutes les cellules sélectionnées&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Suppr&lt;/td&gt;&lt;td&gt;Vider les cellules sélectionnées&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+C / Ctrl+V&lt;/td&gt;&lt;td&gt;Copier et coller des cellules avec Excel ou LibreOffice&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;th colspan=&apos;2&apos;&gt;Bulletin au poste&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Chiffres&lt;/td&gt;&lt;td&gt;Saisir la note dans la cellule&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Entrée / Tab&lt;/td&gt;&lt;td&gt;L’enregistrer et passer à la cellule suivante&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+Entrée&lt;/td&gt;&lt;td&gt;Terminé&#xa0;: masquer le bulletin pour le participant suivant&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;th colspan=&apos;2&apos;&gt;Ordre du jour&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;F5&lt;/td&gt;&lt;td&gt;Démarrer ou mettre en pause le minuteur&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td class=&apos;keys&apos;&gt;Ctrl+Droite / Ctrl+Gauche&lt;/td&gt;&lt;td&gt;Point suivant ou précédent&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="175"/>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Set-up.&lt;/b&gt; Add the participants, each tagged with their office; the criteria, each with a weight, a direction (a benefit, or a cost or risk where less is better) and a scale; and the proposals with their cost, benefit and duration. The Workshop menu can also build a workshop from a filled set-up workbook.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Agenda and timer.&lt;/b&gt; Plan the items with their times. In the room the timer keeps each item on time, and the minutes are written against it.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Blind round.&lt;/b&gt; Open a round on the Rating tab. Participants rate at the laptop in the hot seat, on paper (the facilitator types those in), or on Excel ballots imported from the Workshop menu. In the ballot, Enter or Tab moves on, &lt;b&gt;?&lt;/b&gt; answers &quot;can&apos;t judge&quot; and Delete clears a cell. A ballot is complete when every cell holds a rating or &quot;can&apos;t judge&quot;. Nobody sees anyone else&apos;s ratings; the room sees only how many ballots are complete, the Rating tab shows each participant&apos;s state (never a value).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Reveal.&lt;/b&gt; Close the round to reveal it: you are first told who is incomplete or has not started. Only now do the results appear, on the Results tab and in the presenter view (F11: full screen, Esc: back). A round opened by mistake can be discarded (Discard Round…): a backup is taken first and the discard is recorded; Undo never takes a round or a rating away.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Gap view.&lt;/b&gt; See where PMO and TMO disagree, on which proposal and which criterion. The largest gaps are the list to discuss; a second round can follow the discussion.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Decide.&lt;/b&gt; Approve, reject, defer or ask for more information, with the rationale and any conditions.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Actions.&lt;/b&gt; Record each action with its owner and due date, and send the pack out after the workshop.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Préparation.&lt;/b&gt; Ajoutez les participants, chacun rattaché à son bureau&#xa0;; les critères, chacun avec une pondération, un sens (un bénéfice, ou un coût ou un risque pour lequel plus bas vaut mieux) et une échelle&#xa0;; et les propositions avec leur coût, leur bénéfice et leur durée. Le menu Atelier peut aussi créer un atelier à partir d’un classeur de préparation rempli.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ordre du jour et minuteur.&lt;/b&gt; Planifiez les points avec leur durée. En salle, le minuteur fait tenir chaque point dans son temps, et le compte rendu est rédigé point par point.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Tour à l’aveugle.&lt;/b&gt; Ouvrez un tour dans l’onglet Évaluation. Les participants notent sur l’ordinateur portable, au poste, sur papier (l’animateur saisit alors leurs notes) ou sur des bulletins Excel importés depuis le menu Atelier. Dans le bulletin, Entrée ou Tab passe à la cellule suivante, &lt;b&gt;?&lt;/b&gt; répond «&#xa0;ne peut pas juger&#xa0;» et Suppr vide une cellule. Un bulletin est complet quand chaque cellule contient une note ou «&#xa0;ne peut pas juger&#xa0;». Personne ne voit les notes des autres&#xa0;; la salle voit seulement combien de bulletins sont complets, et l’onglet Évaluation montre l’état de chaque participant (jamais une valeur).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Révélation.&lt;/b&gt; Fermez le tour pour le révéler&#xa0;: on vous indique d’abord qui n’a pas terminé ou pas commencé. Ce n’est qu’alors que les résultats apparaissent, dans l’onglet Résultats et dans la vue présentateur (F11&#xa0;: plein écran, Échap&#xa0;: retour). Un tour ouvert par erreur peut être abandonné (Abandonner le tour…)&#xa0;: une sauvegarde est d’abord effectuée et l’abandon est consigné&#xa0;; Annuler ne retire jamais un tour ni une évaluation.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Vue des écarts.&lt;/b&gt; Voyez où le PMO et le TMO divergent, sur quelle proposition et quel critère. Les plus grands écarts forment la liste à discuter&#xa0;; un second tour peut suivre la discussion.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Décision.&lt;/b&gt; Approuvez, rejetez, reportez ou demandez plus d’informations, avec la justification et les éventuelles conditions.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Actions.&lt;/b&gt; Consignez chaque action avec son responsable et son échéance, et envoyez le dossier de séance après l’atelier.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="206"/>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;One network.&lt;/b&gt; Put this laptop and the phones on the same network: the room&apos;s Wi-Fi, or the laptop&apos;s own hotspot (Windows: Settings → Network &amp;amp; internet → Mobile hotspot; macOS: System Settings → General → Sharing → Internet Sharing). No internet is needed.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Open the room.&lt;/b&gt; Workshop → Open Room for Phones, and keep the address offered: the laptop&apos;s address on that network.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Allow it once.&lt;/b&gt; The first time, Windows asks whether the app may communicate on networks (allow private networks) and macOS whether it may accept incoming connections (Allow). Without that, phones cannot reach the room.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Join.&lt;/b&gt; Participants scan the QR code shown on the Rating tab and the presenter view, or type the address, then tap their name. Name cards with a personal code are printed from the Workshop menu.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Devices.&lt;/b&gt; A second phone on a name already taken waits until you admit it on the Rating tab; release frees a name, revoke shuts a phone out.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rate.&lt;/b&gt; Every answer is saved at once; a phone that loses the network keeps its answers and sends them when it is back. Close Room stops the room.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Un seul réseau.&lt;/b&gt; Mettez cet ordinateur et les téléphones sur le même réseau&#xa0;: le Wi-Fi de la salle, ou le point d’accès de l’ordinateur (Windows&#xa0;: Paramètres → Réseau et Internet → Point d’accès sans fil mobile&#xa0;; macOS&#xa0;: Réglages Système → Général → Partage → Partage Internet). Aucun accès à Internet n’est nécessaire.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ouvrir la salle.&lt;/b&gt; Atelier → Ouvrir la salle aux téléphones, en gardant l’adresse proposée&#xa0;: celle de l’ordinateur sur ce réseau.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Autoriser une fois.&lt;/b&gt; La première fois, Windows demande si l’application peut communiquer sur les réseaux (autorisez les réseaux privés) et macOS si elle peut accepter les connexions entrantes (Autoriser). Sans cela, les téléphones n’atteignent pas la salle.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Rejoindre.&lt;/b&gt; Les participants scannent le code QR affiché dans l’onglet Évaluation et dans la vue présentateur, ou saisissent l’adresse, puis touchent leur nom. Les cartes nominatives avec code personnel s’impriment depuis le menu Atelier.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Appareils.&lt;/b&gt; Un second téléphone sur un nom déjà pris attend que vous l’admettiez dans l’onglet Évaluation&#xa0;; libérer rend un nom disponible, révoquer exclut un téléphone.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Noter.&lt;/b&gt; Chaque réponse est enregistrée aussitôt&#xa0;; un téléphone qui perd le réseau garde ses réponses et les envoie à son retour. Fermer la salle arrête la salle.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="228"/>
        <source>&lt;p&gt;The same method is used in the app, the command line and every report.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Each rating is first put on a scale from 0 to 1: the bottom of the criterion&apos;s scale becomes 0, the top 1. Where lower is better (risk, cost, complexity) the scale is turned round.&lt;/li&gt;&lt;li&gt;A participant&apos;s score for a proposal is the average of those 0–1 ratings, each weighted by its criterion&apos;s weight, over the criteria they rated. A criterion left empty is left out — it never counts as zero.&lt;/li&gt;&lt;li&gt;A proposal&apos;s &lt;b&gt;score&lt;/b&gt; is 100 × the average of its participants&apos; scores. The &lt;b&gt;PMO score&lt;/b&gt; and the &lt;b&gt;TMO score&lt;/b&gt; are the same average over each office&apos;s participants, and the &lt;b&gt;gap&lt;/b&gt; is the PMO score minus the TMO score. The same is done criterion by criterion: those are the cells of the gap view.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Dissent&lt;/b&gt; shows how far apart the room is: the spread (standard deviation) of the participants&apos; scores divided by 50, so 0 is full agreement and 1 a room split into two extremes. It is flagged at the workshop&apos;s own threshold (Set-up; new workshops take the one in Preferences, 0.3 unless changed).&lt;/li&gt;&lt;li&gt;In office-tagged and anonymous workshops an office&apos;s figure is shown only when at least two of its participants gave it; otherwise it reads —.&lt;/li&gt;&lt;li&gt;Proposals are &lt;b&gt;ranked&lt;/b&gt; by score, and equal scores share a rank. The latest closed round holding ratings counts unless you choose another round on the Results tab; the minutes and the results workbook print that round.&lt;/li&gt;&lt;li&gt;The &lt;b&gt;budget fit&lt;/b&gt; is the set of proposals with the highest total score whose costs fit the budget, found exactly rather than by a rule of thumb.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;La même méthode est utilisée dans l’application, en ligne de commande et dans chaque rapport.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Chaque note est d’abord ramenée sur une échelle de 0 à 1&#xa0;: le bas de l’échelle du critère devient 0, le haut 1. Quand plus bas vaut mieux (risque, coût, complexité), l’échelle est inversée.&lt;/li&gt;&lt;li&gt;Le score d’un participant pour une proposition est la moyenne de ces notes de 0 à 1, chacune pondérée par la pondération de son critère, sur les critères qu’il a notés. Un critère laissé vide est ignoré — il ne compte jamais comme zéro.&lt;/li&gt;&lt;li&gt;Le &lt;b&gt;score&lt;/b&gt; d’une proposition vaut 100 × la moyenne des scores de ses participants. Le &lt;b&gt;score PMO&lt;/b&gt; et le &lt;b&gt;score TMO&lt;/b&gt; sont la même moyenne sur les participants de chaque bureau, et l’&lt;b&gt;écart&lt;/b&gt; est le score PMO moins le score TMO. Le même calcul est fait critère par critère&#xa0;: ce sont les cellules de la vue des écarts.&lt;/li&gt;&lt;li&gt;La &lt;b&gt;dissension&lt;/b&gt; montre à quel point la salle est partagée&#xa0;: la dispersion (écart type) des scores des participants divisée par 50, de sorte que 0 signifie un accord total et 1 une salle divisée en deux extrêmes. Elle est signalée au seuil propre à l’atelier (Préparation&#xa0;; un nouvel atelier reprend celui des Préférences, 0,3 sauf modification).&lt;/li&gt;&lt;li&gt;Dans les ateliers par bureau et anonymes, le chiffre d’un bureau n’est affiché que si au moins deux de ses participants l’ont donné&#xa0;; sinon il indique —.&lt;/li&gt;&lt;li&gt;Les propositions sont &lt;b&gt;classées&lt;/b&gt; par score, et des scores égaux partagent le même rang. Le dernier tour clos comportant des évaluations est pris en compte, sauf si vous choisissez un autre tour dans l’onglet Résultats&#xa0;; le compte rendu et le classeur des résultats reprennent ce tour.&lt;/li&gt;&lt;li&gt;Le &lt;b&gt;choix sous budget&lt;/b&gt; est l’ensemble des propositions au score total le plus élevé dont les coûts tiennent dans le budget, calculé de façon exacte plutôt que par une règle empirique.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/help_view.py" line="256"/>
        <source>&lt;p&gt;A workspace is &lt;b&gt;one file&lt;/b&gt;, for example &lt;i&gt;acme.pmotmo&lt;/i&gt;. There is no Save: every edit and every rating is written to the file the moment it is made, so nothing is lost if the laptop crashes or its battery runs out. Edit → Undo takes a change back — but never a rating someone entered, nor a round.&lt;/p&gt;&lt;p&gt;While a workspace is open it is &lt;b&gt;backed up&lt;/b&gt; every few minutes into a folder beside it (&lt;i&gt;acme.pmotmo.backups&lt;/i&gt;), and also before every import, upgrade and restore. &lt;b&gt;File → Restore Backup&lt;/b&gt; puts a backup back, after backing up the current state first, so even a restore can be undone.&lt;/p&gt;&lt;p&gt;File → Save As continues in a copy; File → Export to Excel writes the methodology, the RACI matrix and its findings to a workbook.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un espace de travail est &lt;b&gt;un seul fichier&lt;/b&gt;, par exemple &lt;i&gt;acme.pmotmo&lt;/i&gt;. Il n’y a pas de commande Enregistrer&#xa0;: chaque modification et chaque évaluation est écrite dans le fichier dès qu’elle est faite, si bien que rien n’est perdu si l’ordinateur plante ou si sa batterie se vide. Édition → Annuler revient sur une modification — mais jamais sur une évaluation saisie par quelqu’un, ni sur un tour.&lt;/p&gt;&lt;p&gt;Tant qu’un espace de travail est ouvert, il est &lt;b&gt;sauvegardé&lt;/b&gt; à quelques minutes d’intervalle dans un dossier placé à côté (&lt;i&gt;acme.pmotmo.backups&lt;/i&gt;), ainsi qu’avant chaque importation, mise à niveau et restauration. &lt;b&gt;Fichier → Restaurer une sauvegarde&lt;/b&gt; remet une sauvegarde en place, après avoir d’abord sauvegardé l’état actuel&#xa0;; même une restauration peut donc être annulée.&lt;/p&gt;&lt;p&gt;Fichier → Enregistrer sous continue dans une copie&#xa0;; Fichier → Exporter vers Excel écrit la méthodologie, la matrice RACI et ses constats dans un classeur.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="300"/>
        <source>&amp;Getting Started</source>
        <translation>Prise en &amp;main</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="175"/>
        <source>Group of alternatives</source>
        <translation>Groupe d’alternatives</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="175"/>
        <source>At most funded</source>
        <translation>Max. financées</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="179"/>
        <source>Proposals name the group in their Group column</source>
        <translation>Les propositions indiquent le groupe dans leur colonne Groupe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="180"/>
        <source>How many of the group&apos;s proposals may be funded (a group not listed: 1)</source>
        <translation>Nombre de propositions du groupe pouvant être financées (groupe non listé&#xa0;: 1)</translation>
    </message>
</context>
<context>
    <name>Handbook</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="185"/>
        <source>Role handbook</source>
        <translation>Guide des rôles</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="186"/>
        <source>Role handbook: {methodology}</source>
        <translation>Guide des rôles&#xa0;: {methodology}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="187"/>
        <source>Who does what in the common PMO–TMO methodology</source>
        <translation>Qui fait quoi dans la méthodologie commune PMO–TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="188"/>
        <source>Roles and responsibilities in {methodology}</source>
        <translation>Rôles et responsabilités dans {methodology}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="190"/>
        <source>roles</source>
        <translation>rôles</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="39"/>
        <source>RACI</source>
        <translation>RACI</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="192"/>
        <source>methodology</source>
        <translation>méthodologie</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="197"/>
        <source>Role handbook · {date}</source>
        <translation>Guide des rôles · {date}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="199"/>
        <source>Prepared with PMO–TMO Desktop on {date}.</source>
        <translation>Préparé avec PMO–TMO Desktop le {date}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="38"/>
        <source>Methodology</source>
        <translation>Méthodologie</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="202"/>
        <source>RACI variant</source>
        <translation>Variante RACI</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="45"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="204"/>
        <source>{n} in %n office(s) ({by_office})</source>
        <translation>
            <numerusform>{n} dans %n bureau ({by_office})</numerusform>
            <numerusform>{n} dans %n bureaux ({by_office})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="205"/>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="206"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="207"/>
        <source>Gates, reviews and sign-offs</source>
        <translation>Jalons, revues et validations</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="208"/>
        <source>About this handbook</source>
        <translation>À propos de ce guide</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="209"/>
        <source>One section per role, grouped by office: what the role is for, every activity in which it holds a letter of the RACI matrix, the gates, reviews and sign-offs it approves, and the roles of the other office it works with most. Read your own role, then the roles you work with: each office can see what the other does.</source>
        <translation>Une section par rôle, regroupées par bureau&#xa0;: la raison d’être du rôle, chaque activité dans laquelle il détient une lettre de la matrice RACI, les jalons, revues et validations qu’il valide, et les rôles de l’autre bureau avec lesquels il travaille le plus. Lisez votre propre rôle, puis ceux des rôles avec lesquels vous travaillez&#xa0;: chaque bureau peut voir ce que fait l’autre.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="216"/>
        <source>The offices</source>
        <translation>Les bureaux</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="217"/>
        <source>Owns activities</source>
        <translation>Activités portées</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="218"/>
        <source>The letters</source>
        <translation>Les lettres</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="220"/>
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n rôle</numerusform>
            <numerusform>%n rôles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="46"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="222"/>
        <source>Approves</source>
        <translation>Valide</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="223"/>
        <source>{office} · %n activities</source>
        <translation>
            <numerusform>{office} · %n activité</numerusform>
            <numerusform>{office} · %n activités</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="224"/>
        <source>Holds no letter in the RACI matrix.</source>
        <translation>Ne détient aucune lettre dans la matrice RACI.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="40"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="41"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="42"/>
        <source>Deliverables</source>
        <translation>Livrables</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="228"/>
        <source>{kind} · {office}</source>
        <translation>{kind} · {office}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="229"/>
        <source>Approves at gates, reviews and sign-offs</source>
        <translation>Valide aux jalons, revues et validations</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="43"/>
        <source>Control point</source>
        <translation>Point de contrôle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="44"/>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="232"/>
        <source>Approves with</source>
        <translation>Valide avec</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="233"/>
        <source>Sole approver</source>
        <translation>Seul valideur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="234"/>
        <source>Phase: {phase}</source>
        <translation>Phase&#xa0;: {phase}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="235"/>
        <source>{phase} · {activity}</source>
        <translation>{phase} · {activity}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="236"/>
        <source>Works most with in the other office</source>
        <translation>Principaux interlocuteurs dans l’autre bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="237"/>
        <source>Works most with in the PMO and the TMO</source>
        <translation>Principaux interlocuteurs au PMO et au TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="238"/>
        <source>Roles holding a letter in the same activities, most shared first.</source>
        <translation>Rôles détenant une lettre dans les mêmes activités, du plus au moins partagé.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="47"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="242"/>
        <source>Shared activities</source>
        <translation>Activités communes</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="243"/>
        <source>Shares no activity with the other office.</source>
        <translation>Ne partage aucune activité avec l’autre bureau.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="245"/>
        <source>Accountable for…</source>
        <translation>Approbateur de…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="246"/>
        <source>Responsible for…</source>
        <translation>Réalisateur de…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="247"/>
        <source>Consulted on…</source>
        <translation>Consulté sur…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="248"/>
        <source>Informed of…</source>
        <translation>Informé de…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="163"/>
        <source>Signs off…</source>
        <translation>Signe…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="164"/>
        <source>Verifies…</source>
        <translation>Vérifie…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="168"/>
        <source>Signs off</source>
        <translation>Signe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="173"/>
        <source>approves the finished result formally and signs it off.</source>
        <translation>approuve formellement le résultat final et le signe.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="174"/>
        <source>checks the result against the agreed criteria before it is signed off.</source>
        <translation>contrôle le résultat au regard des critères convenus avant sa signature.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="169"/>
        <source>Verifies</source>
        <translation>Vérifie</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="249"/>
        <source>Supports…</source>
        <translation>Support pour…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="250"/>
        <source>Verifies and signs…</source>
        <translation>Vérifie et signe…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="253"/>
        <source>Accountable</source>
        <translation>Approbateur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="254"/>
        <source>Responsible</source>
        <translation>Réalisateur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="255"/>
        <source>Consulted</source>
        <translation>Consulté</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="256"/>
        <source>Informed</source>
        <translation>Informé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="257"/>
        <source>Supports</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="258"/>
        <source>Verifies and signs</source>
        <translation>Vérifie et signe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="261"/>
        <source>owns the outcome and answers for it; exactly one role per activity.</source>
        <translation>porte le résultat et en répond&#xa0;; exactement un rôle par activité.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="264"/>
        <source>does the work; at least one role per activity.</source>
        <translation>réalise le travail&#xa0;; au moins un rôle par activité.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="265"/>
        <source>is asked before the work is done or decided: a two-way exchange.</source>
        <translation>est sollicité avant que le travail soit fait ou décidé&#xa0;: un échange dans les deux sens.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="268"/>
        <source>is told of the progress or the result: one way.</source>
        <translation>est tenu au courant de l’avancement ou du résultat&#xa0;: à sens unique.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="269"/>
        <source>helps the responsible roles with resources or expertise.</source>
        <translation>aide les rôles réalisateurs par des ressources ou une expertise.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="270"/>
        <source>checks the result against the criteria and signs it off.</source>
        <translation>contrôle le résultat au regard des critères et le signe.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="273"/>
        <source>Management</source>
        <translation>Gestion</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="274"/>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="275"/>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="278"/>
        <source>Gate</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="279"/>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="280"/>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/raci_xlsx_details.py" line="59"/>
        <source>unknown phase &apos;{name}&apos;: not in the Methodology sheet</source>
        <translation>phase inconnue &apos;{name}&apos;&#xa0;: absente de la feuille Methodology</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/raci_xlsx_details.py" line="74"/>
        <source>unknown activity &apos;{name}&apos; in phase &apos;{phase}&apos;</source>
        <translation>activité inconnue &apos;{name}&apos; dans la phase &apos;{phase}&apos;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/raci_xlsx_details.py" line="86"/>
        <source>unknown role &apos;{name}&apos; as approver</source>
        <translation>rôle inconnu &apos;{name}&apos; comme approbateur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/raci_xlsx_details.py" line="147"/>
        <source>the control point&apos;s name is empty</source>
        <translation>le nom du point de contrôle est vide</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/raci_xlsx_details.py" line="105"/>
        <source>kind &apos;{value}&apos; must be one of: {allowed}</source>
        <translation>le type &apos;{value}&apos; doit être l’un de&#xa0;: {allowed}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/raci_xlsx_details.py" line="122"/>
        <source>the deliverable&apos;s name is empty</source>
        <translation>le nom du livrable est vide</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/raci_xlsx_details.py" line="128"/>
        <source>deliverable &apos;{name}&apos; appears twice (also row {row})</source>
        <translation>le livrable &apos;{name}&apos; apparaît deux fois (aussi ligne {row})</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="43"/>
        <source>Import from Excel</source>
        <translation>Importer depuis Excel</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="56"/>
        <source>Read &amp;as:</source>
        <translation>&amp;Lire comme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="114"/>
        <source>exported by PMO–TMO Desktop</source>
        <translation>exporté par PMO–TMO Desktop</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="116"/>
        <source>a hand-made matrix</source>
        <translation>une matrice faite à la main</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="119"/>
        <source>&lt;b&gt;{file}&lt;/b&gt;, sheet &lt;b&gt;{sheet}&lt;/b&gt; ({layout})</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt;, feuille &lt;b&gt;{sheet}&lt;/b&gt; ({layout})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="122"/>
        <source>{roles} ({new} new), {activities} ({new_a} new), {cells}</source>
        <translation>{roles} ({new} nouveaux), {activities} ({new_a} nouvelles), {cells}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="132"/>
        <source>Read as: {reading}</source>
        <translation>Lu comme&#xa0;: {reading}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="139"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="159"/>
        <source> and {n} more</source>
        <translation> et {n} autres</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="141"/>
        <source>New roles: {names}{more}</source>
        <translation>Nouveaux rôles&#xa0;: {names}{more}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="145"/>
        <source>New offices (from the row above the roles): {names}</source>
        <translation>Nouveaux bureaux (de la ligne au-dessus des rôles)&#xa0;: {names}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="151"/>
        <source>Rows read as phases: {cells}</source>
        <translation>Lignes lues comme phases&#xa0;: {cells}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="154"/>
        <source>Activity ids (such as 1.1) are kept out of the names.</source>
        <translation>Les identifiants d’activité (comme 1.1) sont tenus hors des noms.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="62"/>
        <source>Matched cells take the workbook&apos;s letters. Nothing is deleted unless you ask for it below. A backup is taken first, and Edit → Undo takes the whole import back.</source>
        <translation>Les cellules correspondantes prennent les lettres du classeur. Rien n’est supprimé, sauf si vous le demandez ci-dessous. Une sauvegarde est d’abord effectuée, et Édition → Annuler annule toute l’importation.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="68"/>
        <source>&amp;Remove activities and roles the workbook does not have</source>
        <translation>&amp;Supprimer les activités et rôles absents du classeur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/excel_dialogs.py" line="72"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="132"/>
        <source>Areas</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_pages.py" line="91"/>
        <source>Set-up</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_pages.py" line="92"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_pages.py" line="93"/>
        <source>Rating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_pages.py" line="94"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_pages.py" line="95"/>
        <source>Decisions &amp;&amp; actions</source>
        <translation>Décisions &amp;&amp; actions</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="149"/>
        <source>Methodology</source>
        <translation>Méthodologie</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="150"/>
        <source>RACI matrix</source>
        <translation>Matrice RACI</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="151"/>
        <source>Roles &amp; offices</source>
        <translation>Rôles &amp; bureaux</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="152"/>
        <source>Alignment</source>
        <translation>Alignement</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="153"/>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="188"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="189"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="190"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="191"/>
        <source>Restore &amp;Backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="195"/>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Exporter vers Excel…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="198"/>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Importer depuis Excel…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="201"/>
        <source>Workspace &amp;Properties…</source>
        <translation>&amp;Propriétés de l’espace de travail…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="204"/>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Fermer l’espace de travail</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="206"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="210"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="406"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="211"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="409"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="224"/>
        <source>&amp;Methodology</source>
        <translation>&amp;Méthodologie</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="225"/>
        <source>&amp;RACI Matrix</source>
        <translation>Matrice &amp;RACI</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="226"/>
        <source>R&amp;oles and Offices</source>
        <translation>Rôles et &amp;bureaux</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="227"/>
        <source>&amp;Alignment</source>
        <translation>A&amp;lignement</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="228"/>
        <source>&amp;Workshops</source>
        <translation>&amp;Ateliers</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="238"/>
        <source>Presenter &amp;Full Screen</source>
        <translation>Vue présentateur en &amp;plein écran</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="243"/>
        <source>Workshop &amp;List</source>
        <translation>Lis&amp;te des ateliers</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="233"/>
        <source>&amp;Presenter View</source>
        <translation>&amp;Vue présentateur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="248"/>
        <source>&amp;About PMO–TMO Desktop</source>
        <translation>À &amp;propos de PMO–TMO Desktop</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="252"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="255"/>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="271"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="288"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="295"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="315"/>
        <source>(none yet)</source>
        <translation>(aucun pour l’instant)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/context.py" line="102"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="406"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Annuler&#xa0;: {what}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="409"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rétablir&#xa0;: {what}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="460"/>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="483"/>
        <source>Change workspace properties</source>
        <translation>modification des propriétés de l’espace de travail</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="491"/>
        <source>About PMO–TMO Desktop</source>
        <translation>À propos de PMO–TMO Desktop</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/main_window.py" line="493"/>
        <source>&lt;h3&gt;PMO–TMO Desktop {version}&lt;/h3&gt;&lt;p&gt;One common delivery methodology for the Project and the Technical Management Office, a RACI matrix that checks their integration, and joint workshops to assess proposals.&lt;/p&gt;&lt;p&gt;Works offline; your data stays in your workspace file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PMO–TMO Desktop {version}&lt;/h3&gt;&lt;p&gt;Une méthodologie de réalisation commune au bureau de gestion de projets et au bureau de gestion technique, une matrice RACI qui vérifie leur intégration, et des ateliers conjoints pour évaluer les propositions de projet.&lt;/p&gt;&lt;p&gt;Fonctionne hors ligne&#xa0;; vos données restent dans votre fichier d’espace de travail.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="361"/>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="363"/>
        <source>PMO–TMO workspaces (*.pmotmo);;All files (*)</source>
        <translation>Espaces de travail PMO–TMO (*.pmotmo);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="371"/>
        <source>Export to Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="373"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="383"/>
        <source>Import from Excel</source>
        <translation>Importer depuis Excel</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="385"/>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Classeurs Excel (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="393"/>
        <source>Save workspace as</source>
        <translation>Enregistrer l’espace de travail sous</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="395"/>
        <source>PMO–TMO workspaces (*.pmotmo)</source>
        <translation>Espaces de travail PMO–TMO (*.pmotmo)</translation>
    </message>
</context>
<context>
    <name>MethodologyArea</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="53"/>
        <source>Search phases, activities, deliverables, gates…</source>
        <translation>Rechercher phases, activités, livrables, jalons…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="54"/>
        <source>Search the methodology</source>
        <translation>Rechercher dans la méthodologie</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="59"/>
        <source>Methodology: phases, activities, deliverables</source>
        <translation>Méthodologie&#xa0;: phases, activités, livrables</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="116"/>
        <source>New Phase</source>
        <translation>Nouvelle phase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="119"/>
        <source>New Activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="122"/>
        <source>New Deliverable</source>
        <translation>Nouveau livrable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="125"/>
        <source>New Gate or Review</source>
        <translation>Nouveau jalon ou revue</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="128"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="130"/>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="131"/>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="160"/>
        <source>{phases} · {activities} · {deliverables} · {controls} · {roles} in {offices}</source>
        <translation>{phases} · {activities} · {deliverables} · {controls} · {roles} dans {offices}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="217"/>
        <source>Edit {what}</source>
        <translation>Modifier {what}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="225"/>
        <source>Change approvers</source>
        <translation>Modifier les approbateurs</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="231"/>
        <source>phase</source>
        <translation>une phase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="232"/>
        <source>activity</source>
        <translation>une activité</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="233"/>
        <source>deliverable</source>
        <translation>un livrable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="234"/>
        <source>gate or review</source>
        <translation>un jalon ou une revue</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="262"/>
        <source>New phase</source>
        <translation>Nouvelle phase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="268"/>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="275"/>
        <source>New deliverable</source>
        <translation>Nouveau livrable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="284"/>
        <source>New gate</source>
        <translation>Nouveau jalon</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="287"/>
        <source>Add {what}</source>
        <translation>Ajouter {what}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="299"/>
        <source>Delete {what}</source>
        <translation>Supprimer {what}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="303"/>
        <source>Deleted — Ctrl+Z brings it back</source>
        <translation>Supprimé — Ctrl+Z le rétablit</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="330"/>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="347"/>
        <source>Move {what}</source>
        <translation>Déplacer {what}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_view.py" line="62"/>
        <source>Ins adds an activity, Ctrl+Ins a deliverable, Shift+Ins a gate or review, Ctrl+Shift+N a phase; F2 renames, Delete deletes, Ctrl+Up and Ctrl+Down move</source>
        <translation>Inser ajoute une activité, Ctrl+Inser un livrable, Maj+Inser un jalon ou une revue, Ctrl+Maj+N une phase&#xa0;; F2 renomme, Suppr supprime, Ctrl+Haut et Ctrl+Bas déplacent</translation>
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
        <translation>Gestion</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="156"/>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="157"/>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="158"/>
        <source>Gate</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="159"/>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="160"/>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="164"/>
        <source>{kind} deliverable</source>
        <translation>Livrable ({kind})</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="172"/>
        <source>%n activities</source>
        <translation>
            <numerusform>%n activité</numerusform>
            <numerusform>%n activités</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="176"/>
        <source>Approved by {roles}</source>
        <translation>Validé par {roles}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="189"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="190"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="191"/>
        <source>Owning office</source>
        <translation>Bureau responsable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="192"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>MethodologyWorkbook</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="54"/>
        <source>Control points</source>
        <translation>Points de contrôle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="59"/>
        <source>Findings</source>
        <comment>a sheet&apos;s name</comment>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="60"/>
        <source>Lists</source>
        <comment>the name of a hidden sheet holding dropdown lists</comment>
        <translation>Listes</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="65"/>
        <source>Deliverable</source>
        <translation>Livrable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="68"/>
        <source>Approvers</source>
        <translation>Approbateurs</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="71"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="72"/>
        <source>Owning office</source>
        <translation>Bureau responsable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="73"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="78"/>
        <source>R count</source>
        <comment>how many activities a role is R in</comment>
        <translation>Nombre de R</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="79"/>
        <source>A count</source>
        <comment>how many activities a role is A in</comment>
        <translation>Nombre de A</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="80"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="81"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="82"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="83"/>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="84"/>
        <source>Responsible: does the work</source>
        <translation>Réalisateur : réalise le travail</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="85"/>
        <source>Accountable: owns the outcome (one per activity)</source>
        <translation>Approbateur : répond du résultat (un seul par activité)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="88"/>
        <source>Supportive: helps the responsible roles</source>
        <translation>Support : aide les rôles réalisateurs</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="89"/>
        <source>Consulted: asked before (two-way)</source>
        <translation>Consulté : sollicité avant (dans les deux sens)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="90"/>
        <source>Informed: told after (one-way)</source>
        <translation>Informé : tenu au courant après (dans un sens)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="91"/>
        <source>Verifies: checks the result</source>
        <translation>Vérifie : contrôle le résultat</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="92"/>
        <source>Signs: approves the result</source>
        <translation>Signe : approuve le résultat</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="93"/>
        <source>RACI letters</source>
        <comment>the title of a message; at most 32 characters</comment>
        <translation>Lettres RACI</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology_texts.py" line="96"/>
        <source>Choose letters from the list, or leave the cell empty.</source>
        <translation>Choisissez des lettres dans la liste ou laissez la cellule vide.</translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="23"/>
        <source>en</source>
        <comment>the ISO 639-1 code of this translation&apos;s language</comment>
        <translation>fr</translation>
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
        <translation>&#x202f;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="144"/>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="145"/>
        <source>Minutes of the workshop {title}</source>
        <translation>Compte rendu de l’atelier {title}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="146"/>
        <source>minutes</source>
        <translation>compte rendu</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="107"/>
        <source>workshop</source>
        <translation>atelier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="13"/>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="14"/>
        <source>The set of proposals with the highest total score that the workshop&apos;s rules allow (computed exactly). It informs the decisions; it does not take them.</source>
        <translation>L’ensemble de propositions au score total le plus élevé que permettent les règles de l’atelier (calcul exact). Il éclaire les décisions&#xa0;; il ne les prend pas.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="19"/>
        <source>The rules</source>
        <translation>Les règles</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="21"/>
        <source>No budget set</source>
        <translation>Aucun budget défini</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="22"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="23"/>
        <source>at most {limit}</source>
        <translation>au plus {limit}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="24"/>
        <source>No proposal has a rule of its own.</source>
        <translation>Aucune proposition n’a de règle propre.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="25"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="26"/>
        <source>Must fund</source>
        <translation>Financement obligatoire</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="27"/>
        <source>Must not fund</source>
        <translation>Financement exclu</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="28"/>
        <source>Requires</source>
        <translation>Requiert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="29"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="30"/>
        <source>{group} (at most {limit})</source>
        <translation>{group} (au plus {limit})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="31"/>
        <source>The funded set</source>
        <translation>L’ensemble financé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="38"/>
        <source>must</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="39"/>
        <source>must: funded because the rules say it must be.</source>
        <translation>obligatoire&#xa0;: financée parce que les règles l’imposent.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="40"/>
        <source>Cost {cost} of {budget}.</source>
        <translation>Coût {cost} sur {budget}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="41"/>
        <source>Cost {cost} (no budget set).</source>
        <translation>Coût {cost} (aucun budget défini).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="42"/>
        <source>{resource} {used} of {limit}.</source>
        <translation>{resource} {used} sur {limit}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="43"/>
        <source>No proposal can be funded under these rules.</source>
        <translation>Aucune proposition ne peut être financée selon ces règles.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="44"/>
        <source>These rules cannot all hold together, so no set is proposed:</source>
        <translation>Ces règles ne peuvent pas toutes être respectées ensemble&#xa0;; aucun ensemble n’est donc proposé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="47"/>
        <source>Funded as a must without a cost (counted as 0): {titles}.</source>
        <translation>Financées à titre obligatoire sans coût (comptées pour 0)&#xa0;: {titles}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="48"/>
        <source>The efficient frontier</source>
        <translation>La frontière efficiente</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="49"/>
        <source>The best total score each budget can buy under the rules, beside funding strictly in rank order until the money runs out.</source>
        <translation>Le meilleur score total que chaque budget permet d’obtenir selon les règles, à côté du financement strictement dans l’ordre du classement jusqu’à épuisement des fonds.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="54"/>
        <source>With this many proposals the frontier is drawn from the best set at {n} budgets, each exact; a change between two of them may not show.</source>
        <translation>Avec autant de propositions, la frontière est tracée à partir du meilleur ensemble pour {n} budgets, chacun calculé exactement&#xa0;; un changement entre deux d’entre eux peut ne pas apparaître.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="59"/>
        <source>Best set for the budget</source>
        <translation>Meilleur ensemble pour chaque budget</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="60"/>
        <source>In rank order</source>
        <translation>Dans l’ordre du classement</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="61"/>
        <source>Budget {budget}</source>
        <translation>Budget {budget}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="64"/>
        <source>No frontier can be drawn: no proposal has both a score and a cost.</source>
        <translation>Aucune frontière ne peut être tracée&#xa0;: aucune proposition n’a à la fois un score et un coût.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="67"/>
        <source>What each office alone would fund</source>
        <translation>Ce que chaque bureau financerait seul</translation>
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
        <translation>Conjoint</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="71"/>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="72"/>
        <source>only PMO</source>
        <translation>PMO seul</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="73"/>
        <source>only TMO</source>
        <translation>TMO seul</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="74"/>
        <source>Each column is the set the same rules fund on that office&apos;s scores alone; the joint set is the one above. Proposals no set funds are left out.</source>
        <translation>Chaque colonne est l’ensemble que les mêmes règles financent sur les seuls scores de ce bureau&#xa0;; l’ensemble conjoint est celui ci-dessus. Les propositions qu’aucun ensemble ne finance sont omises.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="79"/>
        <source>— withheld: fewer than two participants of an office rated it, so its figure is not used (the proposal counts as not rated by that office).</source>
        <translation>— masqué&#xa0;: moins de deux participants d’un bureau l’ont évaluée, son chiffre n’est donc pas utilisé (la proposition compte comme non évaluée par ce bureau).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="84"/>
        <source>— withheld: the office&apos;s figures are withheld for privacy, so no set of its own is shown.</source>
        <translation>— masqué&#xa0;: les chiffres du bureau sont masqués par confidentialité&#xa0;; aucun ensemble propre n’est donc affiché.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="89"/>
        <source>No proposal is funded by any set.</source>
        <translation>Aucun ensemble ne finance de proposition.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="90"/>
        <source>How far the weights may move</source>
        <translation>Jusqu’où les pondérations peuvent varier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="91"/>
        <source>Per criterion, its weight now and the weights between which the top-ranked proposal and the funded set stay the same, the other weights held.</source>
        <translation>Pour chaque critère, sa pondération actuelle et les pondérations entre lesquelles la proposition en tête et l’ensemble financé restent les mêmes, les autres pondérations restant fixes.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="98"/>
        <source>Same top proposal</source>
        <translation>Même proposition en tête</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="99"/>
        <source>Same funded set</source>
        <translation>Même ensemble financé</translation>
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
        <translation>aucune limite</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="103"/>
        <source>How often each proposal is funded</source>
        <translation>Fréquence de financement de chaque proposition</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="104"/>
        <source>Funded in</source>
        <translation>Financée dans</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="105"/>
        <source>Share of the {draws} random weight draws under which each proposal is funded. Each draw multiplies every criterion&apos;s weight by its own random factor (log-normal, median 1, spread {spread}); the draws are seeded, so the same workshop always gives the same shares.</source>
        <translation>Part des {draws} tirages aléatoires des pondérations dans lesquels chaque proposition est financée. Chaque tirage multiplie la pondération de chaque critère par son propre facteur aléatoire (loi log-normale, médiane 1, dispersion {spread})&#xa0;; les tirages utilisent une graine fixe, de sorte que le même atelier donne toujours les mêmes parts.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="110"/>
        <source>proposals</source>
        <translation>propositions</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="83"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="148"/>
        <source>Minutes · {date}</source>
        <translation>Compte rendu · {date}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="84"/>
        <source>Prepared with PMO–TMO Desktop on {date}.</source>
        <translation>Préparé avec PMO–TMO Desktop le {date}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="85"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="86"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="87"/>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="88"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="89"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="90"/>
        <source>Ratings shown</source>
        <translation>Affichage des évaluations</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="138"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="139"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="140"/>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="160"/>
        <source>{n} recorded, {done} done</source>
        <translation>{n} consignées, {done} terminées</translation>
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
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="92"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="164"/>
        <source>Attendees</source>
        <translation>Présents</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="165"/>
        <source>Agenda and notes</source>
        <translation>Ordre du jour et notes</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="166"/>
        <source>Proposals assessed</source>
        <translation>Propositions évaluées</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="168"/>
        <source>PMO–TMO gap view</source>
        <translation>Vue des écarts PMO–TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="169"/>
        <source>Budget fit</source>
        <translation>Choix sous budget</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="172"/>
        <source>Amendments since the workshop closed</source>
        <translation>Rectificatifs depuis la clôture de l’atelier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="173"/>
        <source>These minutes are re-issued: the corrections below were recorded after the workshop was closed, with their reasons.</source>
        <translation>Ce compte rendu est réédité&#xa0;: les corrections ci-dessous ont été consignées après la clôture de l’atelier, avec leur motif.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="178"/>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="179"/>
        <source>What changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="180"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="181"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="182"/>
        <source>Rounds</source>
        <translation>Tours d’évaluation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="183"/>
        <source>Assessment method</source>
        <translation>Méthode d’évaluation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="104"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="105"/>
        <source>Title</source>
        <comment>a participant&apos;s job title</comment>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="106"/>
        <source>No office</source>
        <translation>Aucun bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="187"/>
        <source>Item and notes</source>
        <translation>Point et notes</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="93"/>
        <source>No.</source>
        <comment>number, as a column heading</comment>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="189"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="190"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="94"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="95"/>
        <source>Presenter: {name}</source>
        <translation>Présentateur&#xa0;: {name}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="32"/>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="97"/>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="98"/>
        <source>Sponsor</source>
        <translation>Commanditaire</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="35"/>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="195"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="196"/>
        <source>Benefit</source>
        <translation>Bénéfice</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="197"/>
        <source>Months</source>
        <translation>Mois</translation>
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
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="202"/>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="203"/>
        <source>Dissent</source>
        <translation>Dissension</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="96"/>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="99"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="97"/>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="100"/>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="206"/>
        <source>Set weight</source>
        <translation>Pondération fixée</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="207"/>
        <source>Group weight (AHP)</source>
        <translation>Pondération du groupe (AHP)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="208"/>
        <source>Criterion weights: set by the facilitator.</source>
        <translation>Pondérations des critères&#xa0;: fixées par l’animateur.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="209"/>
        <source>Criterion weights: adopted from the participants&apos; pairwise comparisons (AHP) on {date}; consistency ratio of the group {cr}.</source>
        <translation>Pondérations des critères&#xa0;: adoptées le {date} à partir des comparaisons par paires des participants (AHP)&#xa0;; ratio de cohérence du groupe {cr}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="101"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="102"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="103"/>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="217"/>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="218"/>
        <source>Rated higher by</source>
        <translation>Mieux noté par</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="36"/>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="219"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="220"/>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="221"/>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="222"/>
        <source>Rationale and conditions</source>
        <translation>Justification et conditions</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="223"/>
        <source>Decided {date}</source>
        <translation>Décidée le {date}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="224"/>
        <source>Rank {rank} · score {score}</source>
        <translation>Rang {rank} · score {score}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="225"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="226"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="227"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="228"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="229"/>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="230"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="231"/>
        <source>Blind</source>
        <translation>À l’aveugle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="232"/>
        <source>Open rating</source>
        <translation>Évaluation ouverte</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="233"/>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="141"/>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="246"/>
        <source>Not shown: %n proposal(s) without both a PMO and a TMO score.</source>
        <translation>
            <numerusform>Non affichée&#xa0;: %n proposition sans score PMO et score TMO à la fois.</numerusform>
            <numerusform>Non affichées&#xa0;: %n propositions sans score PMO et score TMO à la fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="249"/>
        <source>Not shown: %n proposal(s) without both a PMO and a TMO score, {withheld} of them because an office&apos;s score is withheld for privacy (fewer than two of its participants rated the proposal).</source>
        <translation>
            <numerusform>Non affichée&#xa0;: %n proposition sans score PMO et score TMO à la fois, dont {withheld} parce que le score d’un bureau est masqué par confidentialité (moins de deux de ses participants ont évalué la proposition).</numerusform>
            <numerusform>Non affichées&#xa0;: %n propositions sans score PMO et score TMO à la fois, dont {withheld} parce que le score d’un bureau est masqué par confidentialité (moins de deux de ses participants ont évalué la proposition).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="262"/>
        <source>— withheld: fewer than two participants of an office rated it; the other office&apos;s figure beside it is withheld too, and so are the median, minimum and maximum, so that no figure shows one person&apos;s rating.</source>
        <translation>— masqué&#xa0;: moins de deux participants d’un bureau l’ont évalué&#xa0;; le chiffre de l’autre bureau à côté est masqué lui aussi, de même que la médiane, le minimum et le maximum, afin qu’aucun chiffre ne montre l’évaluation d’une seule personne.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="299"/>
        <source>%n proposal(s), total cost {cost} of {budget} ({share}), {left} left over.</source>
        <translation>
            <numerusform>%n proposition, coût total {cost} sur {budget} ({share}), reste {left}.</numerusform>
            <numerusform>%n propositions, coût total {cost} sur {budget} ({share}), reste {left}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="338"/>
        <source>Dissent = the standard deviation of the participants&apos; scores ÷ 50: 0 is full agreement, 1 a complete split. A dissent of {threshold} or more (this workshop&apos;s threshold) is flagged.</source>
        <translation>Dissension = écart type des scores des participants ÷ 50&#xa0;: 0 signifie un accord total, 1 une division complète. Une dissension de {threshold} ou plus (seuil de cet atelier) est signalée.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="344"/>
        <source>A ballot is complete when every proposal × criterion cell holds a rating or &quot;can&apos;t judge&quot;. &quot;Can&apos;t judge&quot; is left out of the scores like a missing rating; the scores use every rating given, complete ballot or not.</source>
        <translation>Un bulletin est complet quand chaque cellule proposition × critère contient une note ou «&#xa0;ne peut pas juger&#xa0;». «&#xa0;Ne peut pas juger&#xa0;» est exclu des scores comme une note manquante&#xa0;; les scores utilisent toutes les notes données, que le bulletin soit complet ou non.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="364"/>
        <source>The results are from round {n}, the latest closed round with ratings.</source>
        <translation>Les résultats proviennent du tour {n}, le dernier tour clos comportant des évaluations.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="236"/>
        <source>{rated} of {total}</source>
        <translation>{rated} sur {total}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="237"/>
        <source>Ratings</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="238"/>
        <source>Score R{n}</source>
        <translation>Score T{n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="239"/>
        <source>Gap R{n}</source>
        <translation>Écart T{n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="240"/>
        <source>Change</source>
        <translation>Variation</translation>
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
        <translation>▲ dissension de {threshold} ou plus&#xa0;: la salle était partagée sur cette proposition.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="272"/>
        <source>Score by proposal, with the PMO and TMO scores</source>
        <translation>Score par proposition, avec les scores PMO et TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="273"/>
        <source>Score (0–100)</source>
        <translation>Score (0–100)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="274"/>
        <source>PMO score against TMO score</source>
        <translation>Score PMO par rapport au score TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="275"/>
        <source>PMO score</source>
        <translation>Score PMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="276"/>
        <source>TMO score</source>
        <translation>Score TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="288"/>
        <source>TMO rates higher</source>
        <translation>Le TMO note plus haut</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="287"/>
        <source>PMO rates higher</source>
        <translation>Le PMO note plus haut</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="157"/>
        <source>Round {n}, {rated} of {total} ballots complete</source>
        <translation>Tour {n}, {rated} sur {total} bulletins complets</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="235"/>
        <source>Complete</source>
        <comment>ballots complete in a round</comment>
        <translation>Complets</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="241"/>
        <source>Results of round {n}: {rated} of {total} ballots complete. Scores run from 0 to 100; the gap is the PMO score minus the TMO score.</source>
        <translation>Résultats du tour {n}&#xa0;: {rated} sur {total} bulletins complets. Les scores vont de 0 à 100&#xa0;; l’écart est le score PMO moins le score TMO.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="258"/>
        <source>Bubble area: cost</source>
        <translation>Surface des bulles&#xa0;: coût</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="259"/>
        <source>Bubble area: expected benefit</source>
        <translation>Surface des bulles&#xa0;: bénéfice attendu</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="261"/>
        <source>Full colour: a gap of {top} points, the largest shown.</source>
        <translation>Couleur pleine&#xa0;: un écart de {top} points, le plus grand affiché.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="277"/>
        <source>Each bubble is a proposal, numbered by rank; its area shows the cost. On the dashed line both offices agree; the shaded band is within {band} points.</source>
        <translation>Chaque bulle est une proposition, numérotée selon son rang&#xa0;; sa surface représente le coût. Sur la ligne pointillée, les deux bureaux sont d’accord&#xa0;; la bande grisée correspond à un écart d’au plus {band} points.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="282"/>
        <source>Each cell is the PMO minus the TMO rating of one criterion, in points out of 100. Proposals in rank order.</source>
        <translation>Chaque cellule est la note PMO moins la note TMO pour un critère, en points sur 100. Propositions par ordre de rang.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="289"/>
        <source>The stronger the colour, the larger the gap.</source>
        <translation>Plus la couleur est intense, plus l’écart est grand.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="290"/>
        <source>Largest gaps: where the offices disagree most</source>
        <translation>Plus grands écarts&#xa0;: là où les bureaux divergent le plus</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="291"/>
        <source>No gap can be shown: it needs ratings from both the PMO and the TMO.</source>
        <translation>Aucun écart ne peut être affiché&#xa0;: il faut des évaluations du PMO et du TMO.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="294"/>
        <source>The set of proposals with the highest total score whose total cost stays within the budget (computed exactly). It informs the decisions; it does not take them.</source>
        <translation>L’ensemble de propositions au score total le plus élevé dont le coût total reste dans le budget (calcul exact). Il éclaire les décisions&#xa0;; il ne les prend pas.</translation>
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
        <translation>Retenues</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_portfolio_texts.py" line="63"/>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="307"/>
        <source>Total score</source>
        <translation>Score total</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="308"/>
        <source>What moved between round {first} and round {last}</source>
        <translation>Ce qui a évolué entre le tour {first} et le tour {last}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="309"/>
        <source>No decision recorded for: {titles}.</source>
        <translation>Aucune décision consignée pour&#xa0;: {titles}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="310"/>
        <source>No attendees recorded.</source>
        <translation>Aucun présent consigné.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="311"/>
        <source>No agenda items recorded.</source>
        <translation>Aucun point d’ordre du jour consigné.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="312"/>
        <source>No ratings were recorded, so there are no results to report.</source>
        <translation>Aucune évaluation n’a été enregistrée&#xa0;; il n’y a donc aucun résultat à présenter.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="315"/>
        <source>Round {n} is blind and still open: its results are not shown until the round is closed.</source>
        <translation>Le tour {n} est à l’aveugle et encore ouvert&#xa0;: ses résultats ne sont pas affichés avant sa clôture.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="320"/>
        <source>No decisions recorded.</source>
        <translation>Aucune décision consignée.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="321"/>
        <source>No action items recorded.</source>
        <translation>Aucune action consignée.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="322"/>
        <source>No rating rounds were held.</source>
        <translation>Aucun tour d’évaluation n’a eu lieu.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="323"/>
        <source>How the scores in these minutes were calculated:</source>
        <translation>Comment les scores de ce compte rendu ont été calculés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="111"/>
        <source>Each rating is put on a common scale from 0 to 1: n = (rating − scale minimum) ÷ (scale maximum − scale minimum). For a criterion where lower is better, n = 1 − n, so 1 is always the best.</source>
        <translation>Chaque note est ramenée sur une échelle commune de 0 à 1&#xa0;: n = (note − minimum de l’échelle) ÷ (maximum de l’échelle − minimum de l’échelle). Pour un critère où plus bas vaut mieux, n = 1 − n, de sorte que 1 est toujours le meilleur.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="117"/>
        <source>A participant&apos;s score for a proposal is the weighted mean of n over the criteria that participant rated: Σ weight × n ÷ Σ weight. A missing rating is left out, never counted as zero.</source>
        <translation>Le score d’un participant pour une proposition est la moyenne pondérée de n sur les critères qu’il a notés&#xa0;: Σ pondération × n ÷ Σ pondération. Une note manquante est ignorée, jamais comptée comme zéro.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="327"/>
        <source>A proposal&apos;s score is 100 × the mean of its participants&apos; scores. The PMO and TMO scores are the same mean over that office&apos;s participants only; participants of other offices count in the overall score.</source>
        <translation>Le score d’une proposition vaut 100 × la moyenne des scores de ses participants. Les scores PMO et TMO sont la même moyenne, calculée uniquement sur les participants du bureau concerné&#xa0;; les participants des autres bureaux comptent dans le score global.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="333"/>
        <source>Gap = PMO score − TMO score, overall and per criterion: positive where the PMO rates higher, negative where the TMO does.</source>
        <translation>Écart = score PMO − score TMO, global et par critère&#xa0;: positif quand le PMO note plus haut, négatif quand c’est le TMO.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="350"/>
        <source>In office-tagged and anonymous workshops an office&apos;s figure for a proposal or criterion is withheld (—) unless at least two of its participants rated it, and the other office&apos;s figure with it; a figure only one person gave is withheld too.</source>
        <translation>Dans les ateliers par bureau et anonymes, le chiffre d’un bureau pour une proposition ou un critère est masqué (—) sauf si au moins deux de ses participants l’ont évalué, et le chiffre de l’autre bureau avec lui&#xa0;; un chiffre donné par une seule personne est masqué lui aussi.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="357"/>
        <source>Proposals are ranked by score, highest first; equal scores share a rank (1, 2, 2, 4).</source>
        <translation>Les propositions sont classées par score, du plus élevé au plus bas&#xa0;; les scores égaux partagent le même rang (1, 2, 2, 4).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="362"/>
        <source>Individual ratings are never shown; every figure is an average.</source>
        <translation>Les évaluations individuelles ne sont jamais affichées&#xa0;; chaque chiffre est une moyenne.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="367"/>
        <source>The results are from round {n}, chosen for these minutes.</source>
        <translation>Les résultats proviennent du tour {n}, choisi pour ce compte rendu.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="124"/>
        <source>Higher is better</source>
        <translation>Plus élevé = meilleur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="125"/>
        <source>Lower is better</source>
        <translation>Plus bas = meilleur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="141"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="374"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="375"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="128"/>
        <source>Named (with the participants&apos; names)</source>
        <translation>Nominatif (avec le nom des participants)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="129"/>
        <source>By office, never by person</source>
        <translation>Par bureau, jamais par personne</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="130"/>
        <source>Anonymous (no names)</source>
        <translation>Anonyme (sans noms)</translation>
    </message>
</context>
<context>
    <name>NameCards</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="25"/>
        <source>Name cards: {title}</source>
        <translation>Cartes nominatives&#xa0;: {title}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="26"/>
        <source>Name cards with the personal links of the workshop {title}</source>
        <translation>Cartes nominatives avec les liens personnels de l’atelier {title}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="30"/>
        <source>name cards</source>
        <translation>cartes nominatives</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="31"/>
        <source>workshop</source>
        <translation>atelier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="32"/>
        <source>room</source>
        <translation>salle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="33"/>
        <source>QR code</source>
        <translation>code QR</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="35"/>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="36"/>
        <source>Cut along the dashed lines.</source>
        <translation>Découpez le long des lignes pointillées.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="37"/>
        <source>Personal code</source>
        <translation>Code personnel</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="38"/>
        <source>Scan with your phone&apos;s camera, or open the address and enter the code.</source>
        <translation>Scannez avec l’appareil photo de votre téléphone, ou ouvrez l’adresse et saisissez le code.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/cards.py" line="59"/>
        <source>workshop &apos;{title}&apos; has no participants to print cards for</source>
        <translation>l’atelier «&#xa0;{title}&#xa0;» n’a aucun participant pour qui imprimer des cartes</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="31"/>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="33"/>
        <source>Workshop title</source>
        <translation>Titre de l’atelier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="34"/>
        <source>e.g. Q1 portfolio review</source>
        <translation>p. ex. revue de portefeuille T1</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="36"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="41"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="63"/>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="162"/>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="65"/>
        <source>e.g. Acme delivery method</source>
        <translation>p. ex. méthode de réalisation Acme</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="69"/>
        <source>Integrated PMO–TMO lifecycle (8 phases, 18 roles)</source>
        <translation>Cycle de vie intégré PMO–TMO (8 phases, 18 rôles)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="71"/>
        <source>Light lifecycle for small teams</source>
        <translation>Cycle de vie allégé pour petites équipes</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="72"/>
        <source>Empty: only the standard offices</source>
        <translation>Vide&#xa0;: uniquement les bureaux standard</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="80"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="88"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="89"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="90"/>
        <source>&amp;Start from:</source>
        <translation>&amp;Modèle de départ&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="91"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="98"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="125"/>
        <source>“{file}” already exists here.</source>
        <translation>« {file} » existe déjà ici.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="138"/>
        <source>“{file}” already exists in {folder}.

Open that workspace, or create the new one under another name?</source>
        <translation>« {file} » existe déjà dans {folder}.

Ouvrir cet espace de travail, ou créer le nouveau sous un autre nom ?</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="146"/>
        <source>Open It</source>
        <translation>L’ouvrir</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="150"/>
        <source>Choose Another Name</source>
        <translation>Choisir un autre nom</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="164"/>
        <source>PMO–TMO workspaces (*.pmotmo)</source>
        <translation>Espaces de travail PMO–TMO (*.pmotmo)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="171"/>
        <source>Give the workspace a name.</source>
        <translation>Donnez un nom à l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="174"/>
        <source>Choose where to save it.</source>
        <translation>Choisissez où l’enregistrer.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="81"/>
        <source>Choose where to save the workspace</source>
        <translation>Choisir où enregistrer l’espace de travail</translation>
    </message>
</context>
<context>
    <name>OfficeDelegate</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="281"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
</context>
<context>
    <name>OfficeScoreChart</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/office_score_chart.py" line="52"/>
        <source>Nothing to plot: no proposal has both a PMO and a TMO score.</source>
        <translation>Rien à tracer&#xa0;: aucune proposition n’a à la fois un score PMO et un score TMO.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/office_score_chart.py" line="55"/>
        <source>Rank {rank}, {title}: PMO {pmo}, TMO {tmo}, gap {gap}.</source>
        <translation>Rang {rank}, {title}&#xa0;: PMO {pmo}, TMO {tmo}, écart {gap}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/office_score_chart.py" line="63"/>
        <source>Cost {cost}.</source>
        <translation>Coût {cost}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/office_score_chart.py" line="112"/>
        <source>PMO rates higher</source>
        <translation>Le PMO note plus haut</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/office_score_chart.py" line="112"/>
        <source>TMO rates higher</source>
        <translation>Le TMO note plus haut</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/office_score_chart.py" line="233"/>
        <source>PMO = TMO</source>
        <translation>PMO = TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/office_score_chart.py" line="234"/>
        <source>agree ±{band}</source>
        <translation>accord ±{band}</translation>
    </message>
</context>
<context>
    <name>OfficesModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="142"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="142"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="142"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="142"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="147"/>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="167"/>
        <source>Double-click or press Enter to choose a colour</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour choisir une couleur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="149"/>
        <source>How many roles belong to the office</source>
        <translation>Nombre de rôles rattachés au bureau</translation>
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
        <translation>section de dossier inconnue «&#xa0;{name}&#xa0;»&#xa0;; choisissez parmi {choices}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack.py" line="145"/>
        <source>{folder}: cannot be created ({error})</source>
        <translation>{folder}&#xa0;: impossible à créer ({error})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack.py" line="150"/>
        <source>{folder}: not a folder</source>
        <translation>{folder}&#xa0;: n’est pas un dossier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack.py" line="156"/>
        <source>{folder}: cannot be written ({error})</source>
        <translation>{folder}&#xa0;: écriture impossible ({error})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack.py" line="183"/>
        <source>workshop</source>
        <comment>a file name</comment>
        <translation>atelier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="22"/>
        <source>pre-read</source>
        <comment>end of a file name</comment>
        <translation>dossier préparatoire</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="23"/>
        <source>minutes</source>
        <comment>end of a file name</comment>
        <translation>compte rendu</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="24"/>
        <source>role handbook</source>
        <comment>end of a file name</comment>
        <translation>guide des rôles</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="25"/>
        <source>methodology and RACI</source>
        <comment>end of a file name</comment>
        <translation>méthodologie et RACI</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="26"/>
        <source>results</source>
        <comment>end of a file name</comment>
        <translation>résultats</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="29"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="95"/>
        <source>Meeting pack</source>
        <translation>Dossier de séance</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="31"/>
        <source>&amp;Pre-read (agenda, proposals, criteria, method — no results)</source>
        <translation>Dossier &amp;préparatoire (ordre du jour, propositions, critères, méthode — sans résultats)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="32"/>
        <source>&amp;Minutes (PDF)</source>
        <translation>&amp;Compte rendu (PDF)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="33"/>
        <source>Role &amp;handbook (who does what, office by office)</source>
        <translation>&amp;Guide des rôles (qui fait quoi, bureau par bureau)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="34"/>
        <source>Methodology and &amp;RACI workbook</source>
        <translation>Classeur de la méthodologie et de la matrice &amp;RACI</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="35"/>
        <source>Results &amp;workbook (every rating, recomputable)</source>
        <translation>Classeur des résul&amp;tats (chaque évaluation, recalculable)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="38"/>
        <source>Write these documents:</source>
        <translation>Écrire ces documents&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="46"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="47"/>
        <source>&amp;Browse…</source>
        <translation>Parcour&amp;ir…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="51"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="60"/>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="68"/>
        <source>Folder for the pack</source>
        <translation>Emplacement du dossier de séance</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="89"/>
        <source>Writing the meeting pack…</source>
        <translation>Écriture du dossier de séance…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="90"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="104"/>
        <source>Writing {name}…</source>
        <translation>Écriture de {name}…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/pack_dialog.py" line="48"/>
        <source>Choose the folder for the pack</source>
        <translation>Choisir l’emplacement du dossier de séance</translation>
    </message>
</context>
<context>
    <name>PairwiseField</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_weights.py" line="20"/>
        <source>Compare criteria pairwise before rating (AHP)</source>
        <translation>Comparer les critères par paires avant l’évaluation (AHP)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_weights.py" line="22"/>
        <source>Compare criteria pairwise before rating</source>
        <translation>Comparer les critères par paires avant l’évaluation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_weights.py" line="25"/>
        <source>Each participant first says, for every pair of criteria, which matters more and how much. The facilitator may then adopt the group&apos;s weights (Results → Criteria Weights…).</source>
        <translation>Chaque participant indique d’abord, pour chaque paire de critères, lequel compte le plus et dans quelle mesure. L’animateur peut ensuite adopter les pondérations du groupe (Résultats → Pondérations des critères…).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_weights.py" line="52"/>
        <source>The criteria&apos;s weights are the group&apos;s, adopted on {date}. Setting a weight by hand makes them all set by hand again.</source>
        <translation>Les pondérations des critères sont celles du groupe, adoptées le {date}. Si vous fixez une pondération à la main, toutes redeviennent fixées à la main.</translation>
    </message>
</context>
<context>
    <name>PairwiseStep</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="63"/>
        <source>For each pair, choose which criterion matters more for these proposals, and how much: the further to its side, the more. Left and Right move the answer, Enter goes to the next pair, Delete clears one. Every answer is saved at once.</source>
        <translation>Pour chaque paire, choisissez quel critère compte le plus pour ces propositions, et dans quelle mesure&#xa0;: plus vous allez de son côté, plus il compte. Gauche et Droite déplacent la réponse, Entrée passe à la paire suivante, Suppr efface une réponse. Chaque réponse est enregistrée aussitôt.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="83"/>
        <source>Your weights</source>
        <translation>Vos pondérations</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="104"/>
        <source>Go on to the ratings (Ctrl+Enter)</source>
        <translation>Passer aux évaluations (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="130"/>
        <source>&lt;h2&gt;Criteria weights of {name}&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Pondérations des critères de {name}&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="150"/>
        <source>◀ the left one matters more</source>
        <translation>◀ celui de gauche compte plus</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="151"/>
        <source>the right one matters more ▶</source>
        <translation>celui de droite compte plus ▶</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="175"/>
        <source>{a} versus {b}</source>
        <translation>{a} face à {b}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="189"/>
        <source>Clear this answer (Delete)</source>
        <translation>Effacer cette réponse (Suppr)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="219"/>
        <source>Not answered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="232"/>
        <source>Pairs answered: {answered} of {total}</source>
        <translation>Paires répondues&#xa0;: {answered} sur {total}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="235"/>
        <source>&amp;Continue to Rating</source>
        <translation>&amp;Continuer vers l’évaluation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="235"/>
        <source>&amp;Skip to Rating</source>
        <translation>&amp;Passer à l’évaluation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="245"/>
        <source>Your weights appear once your answers link every criterion.</source>
        <translation>Vos pondérations apparaissent dès que vos réponses relient tous les critères.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="247"/>
        <source>Not yet compared with the others: {names}</source>
        <translation>Pas encore comparés aux autres&#xa0;: {names}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="265"/>
        <source>Consistency ratio &lt;b&gt;{cr}&lt;/b&gt;: consistent enough (up to {limit}).</source>
        <translation>Ratio de cohérence &lt;b&gt;{cr}&lt;/b&gt;&#xa0;: suffisamment cohérent (jusqu’à {limit}).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="268"/>
        <source>Consistency ratio &lt;b&gt;{cr}&lt;/b&gt;: above {limit}, some answers contradict each other.</source>
        <translation>Ratio de cohérence &lt;b&gt;{cr}&lt;/b&gt;&#xa0;: au-dessus de {limit}, certaines réponses se contredisent.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="273"/>
        <source>Look again at &lt;b&gt;{a}&lt;/b&gt; versus &lt;b&gt;{b}&lt;/b&gt; (⚠).</source>
        <translation>Revoyez &lt;b&gt;{a}&lt;/b&gt; face à &lt;b&gt;{b}&lt;/b&gt; (⚠).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="287"/>
        <source>Clear comparison</source>
        <translation>Effacer la comparaison</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/pairwise_step.py" line="294"/>
        <source>Compare criteria</source>
        <translation>Comparer les critères</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="255"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="255"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="255"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="258"/>
        <source>The office the participant speaks for in the gap view</source>
        <translation>Le bureau que le participant représente dans la vue des écarts</translation>
    </message>
</context>
<context>
    <name>PastePreview</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="186"/>
        <source>The pasted cells have no header line, so their columns were matched by position. Check each column&apos;s field (or ignore it), then add the rows.</source>
        <translation>Les cellules collées n’ont pas de ligne d’en-tête&#xa0;: leurs colonnes ont été associées par position. Vérifiez le champ de chaque colonne (ou ignorez-la), puis ajoutez les lignes.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="200"/>
        <source>Field of pasted column {n}</source>
        <translation>Champ de la colonne collée {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="201"/>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="241"/>
        <source>two pasted columns fill the same field</source>
        <translation>deux colonnes collées remplissent le même champ</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="247"/>
        <source>Add Rows</source>
        <translation>Ajouter les lignes</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="251"/>
        <source>Add %n Row(s)</source>
        <translation>
            <numerusform>Ajouter %n ligne</numerusform>
            <numerusform>Ajouter %n lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioProposalsModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="95"/>
        <source>Change what “{name}” requires</source>
        <translation>Modifier ce que “{name}” requiert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="101"/>
        <source>Selection decides</source>
        <translation>Selon la sélection</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="102"/>
        <source>Must fund</source>
        <translation>Financement obligatoire</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="103"/>
        <source>Must not fund</source>
        <translation>Financement exclu</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="140"/>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="141"/>
        <source>Sponsor</source>
        <translation>Commanditaire</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="142"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="143"/>
        <source>Benefit</source>
        <translation>Bénéfice</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="144"/>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="145"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="146"/>
        <source>Resource use</source>
        <translation>Besoin en ressource</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="147"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="148"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="149"/>
        <source>Requires</source>
        <translation>Requiert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="150"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="156"/>
        <source>Who asks for the project</source>
        <translation>Qui demande le projet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="157"/>
        <source>Estimated cost</source>
        <translation>Coût estimé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="158"/>
        <source>Expected benefit</source>
        <translation>Bénéfice attendu</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="159"/>
        <source>Expected duration in months</source>
        <translation>Durée prévue en mois</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="161"/>
        <source>How much of the workshop&apos;s second resource (e.g. people) it needs</source>
        <translation>Quantité de la seconde ressource de l’atelier (p. ex. personnes) qu’elle nécessite</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="162"/>
        <source>Whether the selection decides, or it must or must not be funded</source>
        <translation>Si la sélection décide, ou si elle doit ou ne doit pas être financée</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="163"/>
        <source>Why it must, or must not, be funded</source>
        <translation>Pourquoi elle doit, ou ne doit pas, être financée</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="164"/>
        <source>Proposals it depends on: it is funded only if they all are</source>
        <translation>Propositions dont elle dépend&#xa0;: elle n’est financée que si elles le sont toutes</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_portfolio.py" line="165"/>
        <source>Alternatives share a group; at most the group&apos;s limit of them is funded</source>
        <translation>Les alternatives partagent un groupe&#xa0;; au plus la limite du groupe en est financée</translation>
    </message>
</context>
<context>
    <name>PortfolioRules</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="39"/>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="68"/>
        <source>{resource} used</source>
        <translation>Besoin en {resource}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="40"/>
        <location filename="../src/pmo_tmo_desktop/exchange/workshop_setup_portfolio.py" line="124"/>
        <source>Resource use</source>
        <translation>Besoin en ressource</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="42"/>
        <source>Requires</source>
        <translation>Requiert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="43"/>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="44"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="45"/>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="47"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="46"/>
        <source>At most</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="66"/>
        <source>&apos;{proposal}&apos; requires &apos;{other}&apos;, which is not a proposal here</source>
        <translation>&apos;{proposal}&apos; requiert &apos;{other}&apos;, qui ne figure pas parmi les propositions</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="70"/>
        <source>&apos;{proposal}&apos; cannot require itself</source>
        <translation>&apos;{proposal}&apos; ne peut pas se requérir elle-même</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="75"/>
        <source>these proposals require each other in a circle: {circle}</source>
        <translation>ces propositions se requièrent mutuellement en boucle&#xa0;: {circle}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="80"/>
        <source>&apos;{proposal}&apos; must be funded but requires &apos;{other}&apos;, which must not be ({chain})</source>
        <translation>&apos;{proposal}&apos; doit être financée mais requiert &apos;{other}&apos;, qui ne doit pas l’être ({chain})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="89"/>
        <source>group &apos;{group}&apos; allows at most {limit} funded, but {count} of its proposals must be funded ({titles})</source>
        <translation>le groupe &apos;{group}&apos; autorise au plus {limit} propositions financées, mais {count} de ses propositions doivent l’être ({titles})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="100"/>
        <source>group &apos;{group}&apos;: at most must be a whole number, 1 or more ({value})</source>
        <translation>groupe &apos;{group}&apos;&#xa0;: le maximum doit être un nombre entier supérieur ou égal à 1 ({value})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="104"/>
        <source>group &apos;{group}&apos; has no limit of its own, so at most 1 of its proposals is funded</source>
        <translation>le groupe &apos;{group}&apos; n’a pas de limite propre, donc au plus 1 de ses propositions est financée</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/portfolio_texts.py" line="108"/>
        <source>&apos;{proposal}&apos;: the resource use must not be negative ({value})</source>
        <translation>&apos;{proposal}&apos;&#xa0;: le besoin en ressource ne doit pas être négatif ({value})</translation>
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
        <translation>financement obligatoire</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/funding_texts.py" line="26"/>
        <location filename="../src/pmo_tmo_desktop/exchange/workshop_setup_portfolio.py" line="62"/>
        <source>must not fund</source>
        <translation>financement exclu</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/workshop_setup_portfolio.py" line="83"/>
        <source>at most</source>
        <translation>maximum</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/workshop_setup_portfolio.py" line="109"/>
        <source>no proposal is called &apos;{title}&apos; on this sheet</source>
        <translation>aucune proposition ne s’appelle &apos;{title}&apos; dans cette feuille</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/workshop_setup_portfolio.py" line="120"/>
        <source>&apos;{value}&apos; is not {choices}</source>
        <translation>&apos;{value}&apos; ne correspond à aucune des valeurs {choices}</translation>
    </message>
</context>
<context>
    <name>PortfolioTab</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="81"/>
        <source>{rank} (was {before})</source>
        <translation>{rank} (avant {before})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="89"/>
        <source>✗ must not</source>
        <translation>✗ exclue</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="92"/>
        <source>✓ new</source>
        <translation>✓ nouvelle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="94"/>
        <source>✗ dropped</source>
        <translation>✗ retirée</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="99"/>
        <source>✓ must</source>
        <translation>✓ obligatoire</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="107"/>
        <source>Reason: {reason}</source>
        <translation>Motif&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="112"/>
        <source>Must not be funded.</source>
        <translation>Financement exclu.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="115"/>
        <source>Funded under the moved weights, not under the set ones.</source>
        <translation>Financée avec les pondérations modifiées, pas avec les pondérations fixées.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="119"/>
        <source>Funded under the set weights, not under the moved ones.</source>
        <translation>Financée avec les pondérations fixées, pas avec les pondérations modifiées.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="124"/>
        <source>Must be funded.</source>
        <translation>Financement obligatoire.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="126"/>
        <source>Funded.</source>
        <translation>Financée.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="135"/>
        <source>{percent}%</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="162"/>
        <source>{low} – {high}</source>
        <translation>{low} – {high}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="164"/>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="173"/>
        <source>A tie for first place: any move of this weight changes the top proposal.</source>
        <translation>Égalité à la première place&#xa0;: toute modification de cette pondération change la proposition en tête.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="184"/>
        <source>%n funded</source>
        <translation>
            <numerusform>%n financée</numerusform>
            <numerusform>%n financées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="185"/>
        <source>total score {score}</source>
        <translation>score total {score}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="191"/>
        <source>cost {cost} (no budget set)</source>
        <translation>coût {cost} (aucun budget défini)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="197"/>
        <source>cost {cost} of {budget}</source>
        <translation>coût {cost} sur {budget}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="202"/>
        <source>second resource</source>
        <translation>seconde ressource</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="207"/>
        <source>{resource}: {used} (no limit)</source>
        <translation>{resource}&#xa0;: {used} (aucune limite)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="213"/>
        <source>{resource}: {used} of {limit}</source>
        <translation>{resource}&#xa0;: {used} sur {limit}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="221"/>
        <source>(counted as costing nothing, having no cost: {titles})</source>
        <translation>(comptées à coût nul, faute de coût&#xa0;: {titles})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="276"/>
        <source>only PMO</source>
        <translation>PMO seul</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="278"/>
        <source>only TMO</source>
        <translation>TMO seul</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="297"/>
        <source>the rules cannot all hold</source>
        <translation>les règles ne peuvent pas toutes être respectées</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="298"/>
        <source>score {score}, cost {cost}</source>
        <translation>score {score}, coût {cost}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="306"/>
        <source>Joint: {summary}</source>
        <translation>Conjoint&#xa0;: {summary}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="309"/>
        <source>PMO alone: {summary}</source>
        <translation>PMO seul&#xa0;: {summary}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="312"/>
        <source>TMO alone: {summary}</source>
        <translation>TMO seul&#xa0;: {summary}</translation>
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
        <translation>Proposition</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="134"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="135"/>
        <source>Cost</source>
        <translation>Coût</translation>
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
        <translation>Financée</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="139"/>
        <source>Chance
funded</source>
        <translation>Probabilité
de financement</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="147"/>
        <source>Proposals and the funded set</source>
        <translation>Propositions et ensemble financé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="161"/>
        <source>Reset to set weights</source>
        <translation>Revenir aux pondérations fixées</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="169"/>
        <source>Move a criterion&apos;s weight to see how the ranking and the funded set would change. Only this view changes: the workshop&apos;s weights stay as set.</source>
        <translation>Modifiez la pondération d’un critère pour voir comment le classement et l’ensemble financé changeraient. Seule cette vue change&#xa0;: les pondérations de l’atelier restent telles que fixées.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="186"/>
        <source>Efficient frontier</source>
        <translation>Frontière efficiente</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="190"/>
        <source>Joint</source>
        <translation>Conjoint</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="191"/>
        <source>PMO alone</source>
        <translation>PMO seul</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="192"/>
        <source>TMO alone</source>
        <translation>TMO seul</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="193"/>
        <source>Differs</source>
        <translation>Différence</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="198"/>
        <source>What the joint, PMO and TMO scores fund</source>
        <translation>Ce que financent le score conjoint, le score PMO et le score TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="211"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="212"/>
        <source>Weight
now</source>
        <translation>Pondération
actuelle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="214"/>
        <source>Top stays
within</source>
        <translation>Premier rang
inchangé entre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="220"/>
        <source>Funded set
stays within</source>
        <translation>Ensemble financé
inchangé entre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="226"/>
        <source>How far each weight may move</source>
        <translation>Jusqu’où chaque pondération peut varier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="238"/>
        <source>Portfolio views</source>
        <translation>Vues du portefeuille</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="239"/>
        <source>What if</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="240"/>
        <source>Fro&amp;ntier</source>
        <translation>F&amp;rontière efficiente</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="241"/>
        <source>P&amp;MO · TMO · joint</source>
        <translation>P&amp;MO · TMO · conjoint</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="242"/>
        <source>Sensitivit&amp;y</source>
        <translation>Se&amp;nsibilité</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="264"/>
        <source>No revealed round to decide on.</source>
        <translation>Aucun tour révélé sur lequel décider.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="327"/>
        <source>&lt;b&gt;What if:&lt;/b&gt; ranks and the funded set under the moved weights. Nothing is stored; “Reset to set weights” shows the decision again.</source>
        <translation>&lt;b&gt;Simulation&#xa0;:&lt;/b&gt; rangs et ensemble financé avec les pondérations modifiées. Rien n’est enregistré&#xa0;; “Revenir aux pondérations fixées” affiche à nouveau la décision.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="347"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="372"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="374"/>
        <source>Analysing…</source>
        <translation>Analyse en cours…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="352"/>
        <source>&lt;b&gt;No set can be funded:&lt;/b&gt; these rules cannot all hold together&lt;ul&gt;{items}&lt;/ul&gt;Change one of them on the Set-up page, or the budget.</source>
        <translation>&lt;b&gt;Aucun ensemble ne peut être financé&#xa0;:&lt;/b&gt; ces règles ne peuvent pas toutes être respectées ensemble&lt;ul&gt;{items}&lt;/ul&gt;Modifiez l’une d’elles sur la page Préparation, ou le budget.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="360"/>
        <source>&lt;b&gt;Funded under the workshop&apos;s rules&lt;/b&gt; (round {n}, the best total score within the budget and every rule).</source>
        <translation>&lt;b&gt;Financé selon les règles de l’atelier&lt;/b&gt; (tour {n}, le meilleur score total dans le respect du budget et de chaque règle).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="381"/>
        <source>No set satisfies the rules at any budget.</source>
        <translation>Aucun ensemble ne respecte les règles, quel que soit le budget.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="386"/>
        <source>How far each criterion&apos;s weight may move, the others held, before the top proposal or the funded set changes.</source>
        <translation>Jusqu’où la pondération de chaque critère peut varier, les autres restant fixes, avant que la proposition en tête ou l’ensemble financé ne change.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="398"/>
        <source>The analysis could not be completed: {error}</source>
        <translation>L’analyse n’a pas pu aboutir&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="449"/>
        <source>Share of %n random weightings (each weight wobbling around its set value) under which it is funded</source>
        <translation>
            <numerusform>Part de&#xa0;%n pondération aléatoire (chaque pondération variant autour de sa valeur fixée) dans laquelle elle est financée</numerusform>
            <numerusform>Part des&#xa0;%n pondérations aléatoires (chaque pondération variant autour de sa valeur fixée) dans lesquelles elle est financée</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreRead</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="38"/>
        <source>Pre-read</source>
        <translation>Dossier préparatoire</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="39"/>
        <source>Pre-read for the workshop {title}</source>
        <translation>Dossier préparatoire de l’atelier {title}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="40"/>
        <source>pre-read</source>
        <translation>dossier préparatoire</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="42"/>
        <source>Pre-read · {date}</source>
        <translation>Dossier préparatoire · {date}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="33"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="51"/>
        <source>%n item(s), {duration}</source>
        <translation>
            <numerusform>%n point, {duration}</numerusform>
            <numerusform>%n points, {duration}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="34"/>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="53"/>
        <source>{n} to assess, {cost} estimated cost in total</source>
        <translation>{n} à évaluer, coût estimé total {cost}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="55"/>
        <source>About this pack</source>
        <translation>À propos de ce dossier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="56"/>
        <source>Please read this pack before the workshop. It sets out the agenda, the proposals to be assessed, the criteria you will rate them on and how the scores will be computed. It holds no ratings, no results and no decisions: those are made together in the room.</source>
        <translation>Merci de lire ce dossier avant l’atelier. Il présente l’ordre du jour, les propositions à évaluer, les critères sur lesquels vous les noterez et la façon dont les scores seront calculés. Il ne contient ni évaluation, ni résultat, ni décision&#xa0;: tout cela se fait ensemble, en salle.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="66"/>
        <source>Criteria and method</source>
        <translation>Critères et méthode</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="69"/>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="70"/>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="35"/>
        <source>Duration</source>
        <translation>Durée</translation>
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
        <translation>Les horaires sont comptés à partir du début de l’atelier.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="78"/>
        <source>At a glance</source>
        <translation>En bref</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="81"/>
        <source>Estimated cost</source>
        <translation>Coût estimé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="82"/>
        <source>Expected benefit</source>
        <translation>Bénéfice attendu</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="84"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="85"/>
        <source>{n} months</source>
        <translation>{n} mois</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="87"/>
        <source>No description given.</source>
        <translation>Aucune description fournie.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="88"/>
        <source>Each proposal is rated on each criterion below, on the criterion&apos;s scale. The weight sets how much a criterion counts; the share is its part of the total weight.</source>
        <translation>Chaque proposition est notée sur chacun des critères ci-dessous, selon l’échelle du critère. La pondération fixe le poids d’un critère&#xa0;; la part est sa fraction de la pondération totale.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="98"/>
        <source>How the scores will be computed:</source>
        <translation>Comment les scores seront calculés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="102"/>
        <source>A proposal&apos;s score is 100 × the mean of its participants&apos; scores. The PMO and TMO scores are the same mean over that office&apos;s participants; the gap between them shows where the two offices see a proposal differently.</source>
        <translation>Le score d’une proposition vaut 100 × la moyenne des scores de ses participants. Les scores PMO et TMO sont la même moyenne, calculée sur les participants du bureau concerné&#xa0;; l’écart entre eux montre où les deux bureaux voient une proposition différemment.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="108"/>
        <source>Proposals are ranked by score, highest first. Individual ratings are never shown; every figure is an average.</source>
        <translation>Les propositions sont classées par score, du plus élevé au plus bas. Les évaluations individuelles ne sont jamais affichées&#xa0;; chaque chiffre est une moyenne.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="114"/>
        <source>Rating rounds</source>
        <translation>Tours d’évaluation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="116"/>
        <source>Rating happens in rounds. A round is blind: while it is open nobody sees anyone else&apos;s ratings, and the room sees only how many ballots are complete.</source>
        <translation>L’évaluation se fait par tours. Un tour est à l’aveugle&#xa0;: tant qu’il est ouvert, personne ne voit les évaluations des autres, et la salle voit seulement combien de bulletins sont complets.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="121"/>
        <source>When the round closes the results are revealed, and the largest differences between the PMO and the TMO become the discussion agenda. A further round may follow; the latest closed round counts.</source>
        <translation>À la clôture du tour, les résultats sont révélés, et les plus grands écarts entre le PMO et le TMO deviennent l’ordre du jour de la discussion. Un autre tour peut suivre&#xa0;; c’est le dernier tour clos qui compte.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="127"/>
        <source>Rate every proposal on every criterion. Where you cannot judge one, answer &quot;can&apos;t judge&quot; rather than guess: it is not counted as zero, and your ballot is complete once every cell holds a rating or &quot;can&apos;t judge&quot;.</source>
        <translation>Notez chaque proposition sur chaque critère. Si vous ne pouvez pas en juger un, répondez «&#xa0;ne peut pas juger&#xa0;» plutôt que de deviner&#xa0;: cette réponse n’est pas comptée comme zéro, et votre bulletin est complet dès que chaque cellule contient une note ou «&#xa0;ne peut pas juger&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="139"/>
        <source>This workshop is anonymous: only the number of participants from each office is listed.</source>
        <translation>Cet atelier est anonyme&#xa0;: seul le nombre de participants de chaque bureau est indiqué.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="144"/>
        <source>No agenda items yet.</source>
        <translation>Aucun point à l’ordre du jour pour l’instant.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="145"/>
        <source>No proposals yet.</source>
        <translation>Aucune proposition pour l’instant.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="146"/>
        <source>No criteria yet.</source>
        <translation>Aucun critère pour l’instant.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="147"/>
        <source>No participants yet.</source>
        <translation>Aucun participant pour l’instant.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="102"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="122"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="125"/>
        <source>Follow the system ({language})</source>
        <translation>Suivre le système ({language})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="129"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="130"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="131"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="133"/>
        <source>RACI: Responsible, Accountable, Consulted, Informed</source>
        <translation>RACI&#xa0;: Réalisateur, Approbateur, Consulté, Informé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="134"/>
        <source>RASCI: adds Supportive</source>
        <translation>RASCI&#xa0;: ajoute Support</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="135"/>
        <source>RACI-VS: adds Verifies and Signs</source>
        <translation>RACI-VS&#xa0;: ajoute Vérifie et signe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="138"/>
        <source>A role holding R or A in more activities of one phase than this is flagged.</source>
        <translation>Un rôle détenant R ou A dans plus d’activités d’une même phase que cette valeur est signalé.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="142"/>
        <source>More Consulted roles than this on one activity is flagged.</source>
        <translation>Une activité ayant plus de rôles Consultés que cette valeur est signalée.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="152"/>
        <source>A new workshop flags proposals whose dissent is at or above this; each workshop keeps its own threshold, changed on its Set-up page. Dissent is the spread of the participants&apos; scores: 0 is full agreement, 1 a room split into two extremes.</source>
        <translation>Un nouvel atelier signale les propositions dont la dissension atteint ou dépasse cette valeur&#xa0;; chaque atelier garde son propre seuil, modifiable dans sa page Préparation. La dissension est la dispersion des scores des participants&#xa0;: 0 signifie un accord total, 1 une salle divisée en deux extrêmes.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="161"/>
        <source>The folder last used for each kind of file</source>
        <translation>Le dernier dossier utilisé pour chaque type de fichier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="163"/>
        <source>B&amp;rowse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="164"/>
        <source>Choose the default export folder</source>
        <translation>Choisir le dossier d’export par défaut</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="170"/>
        <source>Reopen the workspace open at &amp;quit</source>
        <translation>Rouvrir l’espace de travail ouvert à la &amp;fermeture</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="172"/>
        <source>Started without a file, the app opens the workspace you last worked in.</source>
        <translation>Lancée sans fichier, l’application ouvre l’espace de travail dans lequel vous avez travaillé en dernier.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="178"/>
        <source>applies after a restart</source>
        <translation>prend effet après un redémarrage</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="185"/>
        <source>Language and appearance</source>
        <translation>Langue et apparence</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="186"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="187"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="188"/>
        <source>Methodology</source>
        <translation>Méthodologie</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="189"/>
        <source>RACI &amp;variant of new workspaces:</source>
        <translation>&amp;Variante RACI des nouveaux espaces de travail&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="190"/>
        <source>Most R or A per role in one &amp;phase:</source>
        <translation>Maximum de R ou A par rôle dans une p&amp;hase&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="191"/>
        <source>Most &amp;Consulted roles per activity:</source>
        <translation>Maximum de rôles &amp;consultés par activité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="192"/>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="193"/>
        <source>Default dissent threshold for new &amp;workshops:</source>
        <translation>Seuil de &amp;dissension des nouveaux ateliers&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="194"/>
        <source>Files and backups</source>
        <translation>Fichiers et sauvegardes</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="195"/>
        <source>&amp;Back up every (minutes):</source>
        <translation>&amp;Sauvegarder toutes les (minutes)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="196"/>
        <source>Backups &amp;kept:</source>
        <translation>Sauvegardes c&amp;onservées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="197"/>
        <source>&amp;Export folder:</source>
        <translation>Dossier d’&amp;export&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/preferences_dialog.py" line="262"/>
        <source>Default export folder</source>
        <translation>Dossier d’export par défaut</translation>
    </message>
</context>
<context>
    <name>PresenterRoom</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter_room.py" line="21"/>
        <source>QR code of the room&apos;s address</source>
        <translation>Code QR de l’adresse de la salle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter_room.py" line="22"/>
        <source>Rate on your phone</source>
        <translation>Notez depuis votre téléphone</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter_room.py" line="48"/>
        <source>Room code: {code}</source>
        <translation>Code de salle&#xa0;: {code}</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="73"/>
        <source>PMO–TMO Desktop — presenter view</source>
        <translation>PMO–TMO Desktop — vue présentateur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="96"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="97"/>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="98"/>
        <source>Score</source>
        <translation>Score</translation>
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
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="163"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="168"/>
        <source>&amp;Close Presenter View</source>
        <translation>&amp;Fermer la vue présentateur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="203"/>
        <source>No workshop selected</source>
        <translation>Aucun atelier sélectionné</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="236"/>
        <source>Round {n}&lt;br&gt;&lt;b&gt;{progress}&lt;/b&gt;</source>
        <translation>Tour {n}&lt;br&gt;&lt;b&gt;{progress}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="217"/>
        <source>Waiting for the first round</source>
        <translation>En attente du premier tour</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="222"/>
        <source>— withheld for privacy: fewer than two participants of an office rated it.</source>
        <translation>— masqué par confidentialité&#xa0;: moins de deux participants d’un bureau l’ont évalué.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="113"/>
        <source>Current agenda item</source>
        <translation>Point en cours de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="114"/>
        <source>Time left on the current item</source>
        <translation>Temps restant pour le point en cours</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="115"/>
        <source>Rating progress</source>
        <translation>Avancement de l’évaluation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="116"/>
        <source>Results by proposal</source>
        <translation>Résultats par proposition</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/presenter/presenter.py" line="117"/>
        <source>PMO versus TMO gap by criterion</source>
        <translation>Écart PMO/TMO par critère</translation>
    </message>
</context>
<context>
    <name>PrintChooser</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="100"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="102"/>
        <source>Print this document:</source>
        <translation>Imprimer ce document&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="124"/>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="73"/>
        <source>&amp;Minutes of the workshop (the round the Results page shows)</source>
        <translation>&amp;Compte rendu de l’atelier (le tour affiché par la page Résultats)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="76"/>
        <source>&amp;Pre-read with the agenda</source>
        <translation>&amp;Dossier préparatoire avec l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="77"/>
        <source>Role &amp;handbook (each role&apos;s RACI letters, office by office)</source>
        <translation>&amp;Guide des rôles (les lettres RACI de chaque rôle, bureau par bureau)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="156"/>
        <source>Print preview — {title}</source>
        <translation>Aperçu avant impression — {title}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="184"/>
        <source>Print &amp;Document…</source>
        <translation>Imprimer un &amp;document…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="197"/>
        <source>Print the minutes, the pre-read or the role handbook, with a preview</source>
        <translation>Imprimer le compte rendu, le dossier préparatoire ou le guide des rôles, avec un aperçu</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="201"/>
        <source>Open a workspace to print its documents</source>
        <translation>Ouvrez un espace de travail pour imprimer ses documents</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="211"/>
        <source>Open a workspace first.</source>
        <translation>Ouvrez d’abord un espace de travail.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="215"/>
        <source>Choose a workshop in the Workshops area first.</source>
        <translation>Choisissez d’abord un atelier dans la zone Ateliers.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="248"/>
        <source>Role handbook</source>
        <translation>Guide des rôles</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="254"/>
        <source>Pre-read — {title}</source>
        <translation>Dossier préparatoire — {title}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="257"/>
        <source>Minutes — {title}</source>
        <translation>Compte rendu — {title}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/printing.py" line="277"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="212"/>
        <source>Workspace properties</source>
        <translation>Propriétés de l’espace de travail</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="217"/>
        <source>RACI: Responsible, Accountable, Consulted, Informed</source>
        <translation>RACI&#xa0;: Réalisateur, Approbateur, Consulté, Informé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="218"/>
        <source>RASCI: adds Supportive</source>
        <translation>RASCI&#xa0;: ajoute Support</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="219"/>
        <source>RACI-VS: adds Verifies and Signs</source>
        <translation>RACI-VS&#xa0;: ajoute Vérifie et signe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="225"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="226"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="227"/>
        <source>RACI &amp;variant:</source>
        <translation>&amp;Variante RACI&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PropertyPanel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="53"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="56"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="59"/>
        <source>Owning office</source>
        <translation>Bureau responsable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="64"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="69"/>
        <source>Approving roles</source>
        <translation>Rôles valideurs</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="78"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="79"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="80"/>
        <source>Owning &amp;office:</source>
        <translation>&amp;Bureau responsable&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="81"/>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="139"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="84"/>
        <source>&amp;Approved by:</source>
        <translation>&amp;Validé par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="94"/>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="99"/>
        <source>Management</source>
        <translation>Gestion</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="95"/>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="99"/>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="96"/>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="102"/>
        <source>Gate</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="103"/>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="104"/>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="113"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="114"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="115"/>
        <source>Deliverable</source>
        <translation>Livrable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="116"/>
        <source>Gate, review or sign-off</source>
        <translation>Jalon, revue ou validation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="118"/>
        <source>Select an item to see its details</source>
        <translation>Sélectionnez un élément pour en voir le détail</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="131"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_panel.py" line="139"/>
        <source>&amp;Criteria:</source>
        <translation>&amp;Critères&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ProposalsModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="94"/>
        <source>Undecided</source>
        <translation>Sans décision</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="126"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="308"/>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="126"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="309"/>
        <source>Sponsor</source>
        <translation>Commanditaire</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="310"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="311"/>
        <source>Benefit</source>
        <translation>Bénéfice</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="312"/>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="313"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="319"/>
        <source>Who asks for the project</source>
        <translation>Qui demande le projet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="320"/>
        <source>Estimated cost</source>
        <translation>Coût estimé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="321"/>
        <source>Expected benefit</source>
        <translation>Bénéfice attendu</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="322"/>
        <source>Expected duration in months</source>
        <translation>Durée prévue en mois</translation>
    </message>
</context>
<context>
    <name>RaciArea</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="32"/>
        <source>RACI matrix</source>
        <translation>Matrice RACI</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="39"/>
        <source>Phase filter</source>
        <translation>Filtre de phase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="40"/>
        <source>Office filter</source>
        <translation>Filtre de bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="41"/>
        <source>Kind filter</source>
        <translation>Filtre de type</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="47"/>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="48"/>
        <source>&amp;Office:</source>
        <translation>&amp;Bureau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="49"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="58"/>
        <source>Responsible</source>
        <translation>Réalisateur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="59"/>
        <source>Accountable</source>
        <translation>Approbateur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="60"/>
        <source>Consulted</source>
        <translation>Consulté</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="61"/>
        <source>Informed</source>
        <translation>Informé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="62"/>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="135"/>
        <source>Supportive</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="63"/>
        <source>Verifies and signs</source>
        <translation>Vérifie et signe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="76"/>
        <source>Type a letter to toggle it in the selected cells · Delete clears · Ctrl+C / Ctrl+V exchange cells with a spreadsheet</source>
        <translation>Tapez une lettre pour l’activer ou la désactiver dans les cellules sélectionnées · Suppr vide · Ctrl+C / Ctrl+V échangent des cellules avec un tableur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="135"/>
        <source>Signs</source>
        <translation>Signe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="136"/>
        <source>Verifies</source>
        <translation>Vérifie</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="255"/>
        <source>Management</source>
        <translation>Gestion</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="256"/>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="257"/>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="263"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="290"/>
        <source>Clear letters</source>
        <translation>Effacer les lettres</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="291"/>
        <source>Paste letters</source>
        <translation>Coller les lettres</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="292"/>
        <source>Type letters</source>
        <translation>Saisir les lettres</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="294"/>
        <source>Toggle {letter}</source>
        <translation>Activer/désactiver {letter}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="163"/>
        <source>{variant} matrix: {activities} activities × {roles} roles, {cells} cells filled</source>
        <translation>Matrice {variant}&#xa0;: {activities} activités × {roles} rôles, {cells} cellules remplies</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="33"/>
        <source>Roles by office</source>
        <translation>Rôles par bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci/raci_view.py" line="84"/>
        <source>Arrows move between the cells; a letter toggles it in the selected cells, Delete clears them; Ctrl+Space selects the role&apos;s column, Shift+Space the activity&apos;s row; Ctrl+C and Ctrl+V exchange cells with a spreadsheet</source>
        <translation>Les flèches passent d’une cellule à l’autre&#xa0;; une lettre s’active ou se désactive dans les cellules sélectionnées, Suppr les vide&#xa0;; Ctrl+Espace sélectionne la colonne du rôle, Maj+Espace la ligne de l’activité&#xa0;; Ctrl+C et Ctrl+V échangent des cellules avec un tableur</translation>
    </message>
</context>
<context>
    <name>RatingPage</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="99"/>
        <source>Rating progress</source>
        <translation>Avancement de l’évaluation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="101"/>
        <source>&amp;Blind (nobody sees ratings until the round closes)</source>
        <translation>Tour à l’a&amp;veugle (personne ne voit les évaluations avant la clôture du tour)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="103"/>
        <source>&amp;Open Round</source>
        <translation>&amp;Ouvrir le tour</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="105"/>
        <source>&amp;Close and Reveal</source>
        <translation>&amp;Clore et révéler</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="106"/>
        <source>Asks first, naming who has not finished</source>
        <translation>Demande d’abord confirmation, en nommant qui n’a pas terminé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="109"/>
        <source>Discard Round…</source>
        <translation>Abandonner le tour…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="112"/>
        <source>Remove the latest round and its ratings (a backup is taken first)</source>
        <translation>Supprimer le dernier tour et ses évaluations (une sauvegarde est d’abord effectuée)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="119"/>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="138"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="141"/>
        <source>Ho&amp;t seat: the participant types</source>
        <translation>Au &amp;poste&#xa0;: le participant saisit</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="142"/>
        <source>&amp;Paper ballot: the facilitator types</source>
        <translation>&amp;Sur papier&#xa0;: l’animateur saisit</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="147"/>
        <source>&amp;Start Ballot</source>
        <translation>&amp;Démarrer le bulletin</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="149"/>
        <source>Enter on the name starts it too</source>
        <translation>Entrée sur le nom le démarre aussi</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="155"/>
        <source>Ballots of this round</source>
        <translation>Bulletins de ce tour</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="157"/>
        <source>Each participant&apos;s ballot: complete, started or not started. Enter starts it.</source>
        <translation>Le bulletin de chaque participant&#xa0;: complet, commencé ou non commencé. Entrée le démarre.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="177"/>
        <source>Who is &amp;rating?</source>
        <translation>&amp;Qui évalue&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="208"/>
        <source>Ballot</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="214"/>
        <source>Ballot message</source>
        <translation>Message du bulletin</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="216"/>
        <source>&amp;Done</source>
        <translation>Termi&amp;né</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="217"/>
        <source>Hide the ballot again (Ctrl+Enter)</source>
        <translation>Masquer à nouveau le bulletin (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="226"/>
        <source>Type a number in each cell; Enter or Tab moves on. Type {key} if you can&apos;t judge a cell; Delete clears it. Every answer is saved the moment it is entered.</source>
        <translation>Saisissez un nombre dans chaque cellule&#xa0;; Entrée ou Tab passe à la suivante. Tapez {key} si vous ne pouvez pas juger une cellule&#xa0;; Suppr la vide. Chaque réponse est enregistrée dès sa saisie.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="342"/>
        <source>&lt;b&gt;Ballots of round {n}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bulletins du tour {n}&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_ballot.py" line="150"/>
        <source>All %n cell(s) answered: this ballot is complete.</source>
        <translation>
            <numerusform>%n cellule renseignée&#xa0;: ce bulletin est complet.</numerusform>
            <numerusform>Les %n cellules sont renseignées&#xa0;: ce bulletin est complet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_ballot.py" line="156"/>
        <source>{filled} of %n cell(s) answered</source>
        <translation>
            <numerusform>Cellules renseignées&#xa0;: {filled} sur %n</numerusform>
            <numerusform>Cellules renseignées&#xa0;: {filled} sur %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="326"/>
        <source>No round is open. Rounds so far: {n}.</source>
        <translation>Aucun tour n’est ouvert. Tours effectués&#xa0;: {n}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="52"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="116"/>
        <source>Open Room…</source>
        <translation>Ouvrir la salle…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="118"/>
        <source>Participants rate on their own phones</source>
        <translation>Les participants notent depuis leur propre téléphone</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="188"/>
        <source>Go to Set-&amp;up</source>
        <translation>Aller à la &amp;préparation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="236"/>
        <source>Criteria Wei&amp;ghts</source>
        <translation>Pondé&amp;rations des critères</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="237"/>
        <source>Back to comparing the criteria in pairs</source>
        <translation>Revenir à la comparaison des critères par paires</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="328"/>
        <source>No round yet. Open round 1 when the room is ready.</source>
        <translation>Aucun tour pour l’instant. Ouvrez le tour 1 quand la salle est prête.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="331"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="332"/>
        <source>&lt;b&gt;Ballots&lt;/b&gt; (once a round is open)</source>
        <translation>&lt;b&gt;Bulletins&lt;/b&gt; (une fois un tour ouvert)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="335"/>
        <source>blind</source>
        <translation>à l’aveugle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="335"/>
        <source>open</source>
        <translation>à découvert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="337"/>
        <source>&lt;b&gt;Round {n}&lt;/b&gt; is open ({kind}).</source>
        <translation>&lt;b&gt;Tour {n}&lt;/b&gt; ouvert ({kind}).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="346"/>
        <source>This workshop is closed; its ratings can no longer change.</source>
        <translation>Cet atelier est clôturé&#xa0;; ses évaluations ne peuvent plus être modifiées.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="352"/>
        <source>Open a round to start rating.</source>
        <translation>Ouvrez un tour pour commencer l’évaluation.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="355"/>
        <source>Every ballot is complete. Close the round when the room is ready.</source>
        <translation>Tous les bulletins sont complets. Fermez le tour quand la salle est prête.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="358"/>
        <source>Pick a name and press Enter to start that ballot.</source>
        <translation>Choisissez un nom et appuyez sur Entrée pour démarrer ce bulletin.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="435"/>
        <source>Open round</source>
        <translation>Ouvrir le tour</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="453"/>
        <source>Close and Reveal</source>
        <translation>Clore et révéler</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="453"/>
        <source>Close Round</source>
        <translation>Clore le tour</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="454"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="457"/>
        <source>Close round</source>
        <translation>Clore le tour</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="473"/>
        <source>Discard round</source>
        <translation>Abandonner le tour</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="476"/>
        <source>Round {n} and its {ratings} by {raters} will be removed.</source>
        <translation>Le tour {n} sera supprimé, avec {ratings} de {raters}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="478"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n évaluation</numerusform>
            <numerusform>%n évaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="479"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="482"/>
        <source>Round {n} will be removed; it holds no ratings.</source>
        <translation>Le tour {n} sera supprimé&#xa0;; il ne contient aucune évaluation.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="487"/>
        <source>Discard round {n}</source>
        <translation>Abandonner le tour {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_ballot.py" line="135"/>
        <source>entered by the facilitator</source>
        <translation>saisi par l’animateur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_ballot.py" line="137"/>
        <source>entered by the participant</source>
        <translation>saisi par le participant</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_ballot.py" line="140"/>
        <source>&lt;h2&gt;Ballot of {name}&lt;/h2&gt;Round {n}, {who}</source>
        <translation>&lt;h2&gt;Bulletin de {name}&lt;/h2&gt;Tour {n}, {who}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_ballot.py" line="219"/>
        <source>Rate</source>
        <translation>Saisir une note</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="51"/>
        <source>Close Room</source>
        <translation>Fermer la salle</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="254"/>
        <source>Restore backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="256"/>
        <source>Timed backup</source>
        <translation>Sauvegarde planifiée</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="257"/>
        <source>Before an upgrade</source>
        <translation>Avant une mise à niveau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="258"/>
        <source>Before an import</source>
        <translation>Avant une importation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="259"/>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="260"/>
        <source>Manual backup</source>
        <translation>Sauvegarde manuelle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="266"/>
        <source>Taken</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="271"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="273"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="277"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="295"/>
        <source>The workspace is backed up as it is now before it is restored, so a restore can itself be undone from this list.</source>
        <translation>Avant la restauration, l’espace de travail est sauvegardé dans son état actuel&#xa0;; une restauration peut donc elle-même être annulée depuis cette liste.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="303"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/widgets/dialogs.py" line="283"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
</context>
<context>
    <name>ResultsCharts</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/plot_base.py" line="183"/>
        <source>No proposals to plot.</source>
        <translation>Aucune proposition à tracer.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/plot_base.py" line="234"/>
        <source>Score: {score} (rank {rank})</source>
        <translation>Score&#xa0;: {score} (rang {rank})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/plot_base.py" line="237"/>
        <source>PMO: {pmo} · TMO: {tmo} · Gap: {gap}</source>
        <translation>PMO&#xa0;: {pmo} · TMO&#xa0;: {tmo} · Écart&#xa0;: {gap}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/plot_base.py" line="240"/>
        <source>Cost: {cost}</source>
        <translation>Coût&#xa0;: {cost}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/plot_base.py" line="241"/>
        <source>Expected benefit: {benefit}</source>
        <translation>Bénéfice attendu&#xa0;: {benefit}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/plot_base.py" line="247"/>
        <source>⚑ Split room: dissent {dissent}</source>
        <translation>⚑ Salle partagée&#xa0;: dissension {dissent}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="37"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="81"/>
        <source>Results charts</source>
        <translation>Graphiques des résultats</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="41"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="51"/>
        <source>Score against cost</source>
        <translation>Score par rapport au coût</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="44"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="60"/>
        <source>PMO score against TMO score</source>
        <translation>Score PMO par rapport au score TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="53"/>
        <source>Bubble area shows the expected benefit; the number is the rank. Top left: high score at low cost.</source>
        <translation>La surface des bulles représente le bénéfice attendu&#xa0;; le nombre est le rang. En haut à gauche&#xa0;: score élevé pour un coût faible.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="62"/>
        <source>Bubble area shows the cost. Above the diagonal the TMO rates a proposal higher, below it the PMO. The shaded band: the offices agree within ±{band} points.</source>
        <translation>La surface des bulles représente le coût. Au-dessus de la diagonale, le TMO note une proposition plus haut&#xa0;; en dessous, le PMO. Bande grisée&#xa0;: les bureaux sont d’accord à ±{band} points près.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="155"/>
        <source>A withheld score is kept back for privacy: fewer than two of that office&apos;s participants rated the proposal.</source>
        <translation>Un score masqué l’est par confidentialité&#xa0;: moins de deux participants de ce bureau ont évalué la proposition.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="146"/>
        <source>Not plotted: {items}</source>
        <translation>Non tracées&#xa0;: {items}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_charts.py" line="148"/>
        <source>{title} ({reason})</source>
        <translation>{title} ({reason})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="29"/>
        <source>PMO score</source>
        <translation>Score PMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="30"/>
        <source>TMO score</source>
        <translation>Score TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="31"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="32"/>
        <source>Estimated cost</source>
        <translation>Coût estimé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="33"/>
        <source>Expected benefit</source>
        <translation>Bénéfice attendu</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="40"/>
        <source>Bubble area: cost</source>
        <translation>Surface des bulles&#xa0;: coût</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="41"/>
        <source>Bubble area: expected benefit</source>
        <translation>Surface des bulles&#xa0;: bénéfice attendu</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="49"/>
        <source>no cost given</source>
        <translation>aucun coût indiqué</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="50"/>
        <source>no benefit given</source>
        <translation>aucun bénéfice indiqué</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="58"/>
        <source>no PMO or TMO score</source>
        <translation>ni score PMO ni score TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="63"/>
        <source>PMO score withheld</source>
        <translation>score PMO masqué</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="65"/>
        <source>TMO score withheld</source>
        <translation>score TMO masqué</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="70"/>
        <source>no PMO score</source>
        <translation>pas de score PMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="71"/>
        <source>no TMO score</source>
        <translation>pas de score TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="72"/>
        <source>no score</source>
        <translation>pas de score</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="73"/>
        <source>no cost</source>
        <translation>pas de coût</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="74"/>
        <source>no benefit</source>
        <translation>pas de bénéfice</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/bubble_plot.py" line="140"/>
        <source>split room (dissent)</source>
        <translation>salle partagée (dissension)</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="68"/>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="73"/>
        <source>&amp;Round:</source>
        <translation>T&amp;our&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="80"/>
        <source>Criteria Weights…</source>
        <translation>Pondérations des critères…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="83"/>
        <source>The weights the participants&apos; pairwise comparisons give; adopt them or not</source>
        <translation>Les pondérations issues des comparaisons par paires des participants&#xa0;; à adopter ou non</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="93"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="94"/>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="95"/>
        <source>Score</source>
        <translation>Score</translation>
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
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="100"/>
        <source>Dissent</source>
        <translation>Dissension</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="107"/>
        <source>Spread of opinion: 0 = full agreement, 1 = maximal split. ⚑ marks a split room.</source>
        <translation>Dispersion des avis&#xa0;: 0 = accord total, 1 = division maximale. ⚑ signale une salle partagée.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="111"/>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="113"/>
        <source>Min–max</source>
        <translation>Min–max</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="123"/>
        <source>Moved</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="126"/>
        <source>Change of the score since the previous round</source>
        <translation>Variation du score depuis le tour précédent</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="128"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="150"/>
        <source>Raters</source>
        <translation>Évaluateurs</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="130"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="137"/>
        <source>Results by proposal</source>
        <translation>Résultats par proposition</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="145"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="146"/>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="157"/>
        <source>Scores per criterion of the selected proposal</source>
        <translation>Scores par critère de la proposition sélectionnée</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="167"/>
        <source>PMO versus TMO gap by criterion</source>
        <translation>Écart PMO/TMO par critère</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="182"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="192"/>
        <source>Keep as the workshop&apos;s &amp;budget</source>
        <translation>Conserver comme &amp;budget de l’atelier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="194"/>
        <source>B&amp;udget:</source>
        <translation>B&amp;udget&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="204"/>
        <source>&lt;b&gt;Where PMO and TMO disagree&lt;/b&gt; (PMO score − TMO score, per criterion)</source>
        <translation>&lt;b&gt;Où le PMO et le TMO divergent&lt;/b&gt; (score PMO − score TMO, par critère)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="228"/>
        <source>&amp;Gap view</source>
        <translation>&amp;Vue des écarts</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="229"/>
        <source>Per &amp;criterion</source>
        <translation>Par &amp;critère</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="230"/>
        <source>Budget fi&amp;t</source>
        <translation>Choix &amp;sous budget</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="232"/>
        <source>Ch&amp;arts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="234"/>
        <source>Portfo&amp;lio</source>
        <translation>&amp;Portefeuille</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="254"/>
        <source>Latest closed round</source>
        <translation>Dernier tour clos</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="317"/>
        <source>No closed round with ratings yet. Results appear here once a round is closed; pick an open round in the Round box to follow it.</source>
        <translation>Aucun tour clos avec des évaluations pour l’instant. Les résultats apparaissent ici dès qu’un tour est clos&#xa0;; choisissez un tour ouvert dans la liste Tour pour le suivre.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="328"/>
        <source>&lt;h2&gt;Round {n} is blind and still open&lt;/h2&gt;{rated} of {total} ballots complete, {partial} started. Results are shown when the round is closed.</source>
        <translation>&lt;h2&gt;Le tour {n} est à l’aveugle et encore ouvert&lt;/h2&gt;{rated} sur {total} bulletins complets, {partial} commencés. Les résultats sont affichés à la clôture du tour.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="343"/>
        <source>Round {n}: {rated} of {total} ballots complete, {partial} started. Dissent is flagged at {threshold} (this workshop&apos;s threshold).</source>
        <translation>Tour {n}&#xa0;: {rated} sur {total} bulletins complets, {partial} commencés. La dissension est signalée à partir de {threshold} (seuil de cet atelier).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="353"/>
        <source>The round is still open: figures change as ratings come.</source>
        <translation>Le tour est encore ouvert&#xa0;: les chiffres évoluent au fil des évaluations.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="256"/>
        <source>Round {n}</source>
        <translation>Tour {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="356"/>
        <source>Criterion weights: the group&apos;s, from the pairwise comparisons (AHP).</source>
        <translation>Pondérations des critères&#xa0;: celles du groupe, issues des comparaisons par paires (AHP).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="360"/>
        <source>— withheld for privacy: fewer than two participants of an office rated it.</source>
        <translation>— masqué par confidentialité&#xa0;: moins de deux participants d’un bureau l’ont évalué.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="386"/>
        <source>overall</source>
        <translation>global</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="387"/>
        <source>PMO higher</source>
        <translation>PMO plus haut</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="387"/>
        <source>TMO higher</source>
        <translation>TMO plus haut</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="395"/>
        <source>&lt;b&gt;Discuss these&lt;/b&gt; — no gap can be shown: it needs figures from both the PMO and the TMO.</source>
        <translation>&lt;b&gt;À discuter&lt;/b&gt; — aucun écart ne peut être affiché&#xa0;: il faut des chiffres à la fois du PMO et du TMO.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="401"/>
        <source>&lt;b&gt;Discuss these&lt;/b&gt; — the largest gaps between the offices:</source>
        <translation>&lt;b&gt;À discuter&lt;/b&gt; — les plus grands écarts entre les bureaux&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="412"/>
        <source>Enter a budget to see which proposals give the highest total score within it.</source>
        <translation>Saisissez un budget pour voir quelles propositions donnent le score total le plus élevé dans cette limite.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="421"/>
        <source>&lt;b&gt;Best use of the budget&lt;/b&gt; (exact): total score {score}, cost {cost} of {budget}&lt;ul&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Meilleur usage du budget&lt;/b&gt; (exact)&#xa0;: score total {score}, coût {cost} sur {budget}&lt;ul&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="447"/>
        <source>Set budget</source>
        <translation>Définir le budget</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="217"/>
        <source>Largest gaps to discuss</source>
        <translation>Plus grands écarts à discuter</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/results_page.py" line="227"/>
        <source>Result details</source>
        <translation>Détail des résultats</translation>
    </message>
</context>
<context>
    <name>ResultsWorkbook</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="24"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="25"/>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="26"/>
        <source>Ratings</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="27"/>
        <source>Gaps</source>
        <translation>Écarts</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="28"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="29"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="30"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="60"/>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="61"/>
        <source>Frontier</source>
        <translation>Frontière efficiente</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="62"/>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
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
        <translation>Proposition</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="65"/>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="33"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="69"/>
        <source>Limit on {resource}</source>
        <translation>Limite pour {resource}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="75"/>
        <source>Joint</source>
        <translation>Conjoint</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="78"/>
        <source>One office alone</source>
        <translation>Un seul bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="79"/>
        <source>only PMO</source>
        <translation>PMO seul</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="80"/>
        <source>only TMO</source>
        <translation>TMO seul</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="81"/>
        <source>funded</source>
        <translation>financée</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="83"/>
        <source>Set</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="84"/>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="102"/>
        <source>Proposals funded</source>
        <translation>Propositions financées</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="85"/>
        <source>Total score</source>
        <translation>Score total</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="86"/>
        <source>Total cost</source>
        <translation>Coût total</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="87"/>
        <source>Total resource use</source>
        <translation>Besoin total en ressource</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="88"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="89"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="90"/>
        <source>Left of the budget</source>
        <translation>Reste du budget</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="95"/>
        <source>— withheld: fewer than two participants of an office rated it; such a figure counts as not rated in that office&apos;s set, and an office with no figure shown has no set</source>
        <translation>— masqué&#xa0;: moins de deux participants d’un bureau l’ont évalué&#xa0;; un tel chiffre compte comme non évalué dans l’ensemble de ce bureau, et un bureau sans chiffre affiché n’a pas d’ensemble</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="101"/>
        <source>Best total score</source>
        <translation>Meilleur score total</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="103"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="104"/>
        <source>Budget (rank order)</source>
        <translation>Budget (ordre du classement)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="105"/>
        <source>Total score (rank order)</source>
        <translation>Score total (ordre du classement)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="106"/>
        <source>Proposal added</source>
        <translation>Proposition ajoutée</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="107"/>
        <source>Best total score at each budget</source>
        <translation>Meilleur score total pour chaque budget</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="108"/>
        <source>Best set</source>
        <translation>Meilleur ensemble</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="109"/>
        <source>In rank order</source>
        <translation>Dans l’ordre du classement</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="110"/>
        <source>Each row: from this budget on, up to the next row&apos;s, the best set under the funding rules. Beside it: funding strictly in rank order, skipping nothing, without the rules.</source>
        <translation>Chaque ligne&#xa0;: à partir de ce budget et jusqu’à celui de la ligne suivante, le meilleur ensemble selon les règles de financement. À côté&#xa0;: le financement strictement dans l’ordre du classement, sans rien sauter, sans les règles.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="116"/>
        <source>The funding rules cannot hold at any budget.</source>
        <translation>Les règles de financement ne peuvent être respectées pour aucun budget.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="119"/>
        <source>Top-ranked stays from</source>
        <translation>Premier rang inchangé à partir de</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="120"/>
        <source>Top-ranked stays up to</source>
        <translation>Premier rang inchangé jusqu’à</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="121"/>
        <source>Funded set stays from</source>
        <translation>Ensemble financé inchangé à partir de</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="122"/>
        <source>Funded set stays up to</source>
        <translation>Ensemble financé inchangé jusqu’à</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="123"/>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="124"/>
        <source>The weights within which each criterion leaves the decision as it is, the other weights unchanged; 0: it holds down to a weight of 0; no limit: for any higher weight; —: no funded set, the rules cannot hold.</source>
        <translation>Les pondérations entre lesquelles chaque critère laisse la décision telle quelle, les autres pondérations inchangées&#xa0;; 0&#xa0;: elle tient jusqu’à une pondération de 0&#xa0;; aucune limite&#xa0;: pour toute pondération plus élevée&#xa0;; —&#xa0;: aucun ensemble financé, les règles ne peuvent pas être respectées.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="130"/>
        <source>Funded now</source>
        <translation>Financée actuellement</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="131"/>
        <source>Probability funded</source>
        <translation>Probabilité de financement</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="132"/>
        <source>How often each proposal is funded in {n} random draws of the weights around the agreed ones (the same draws every time).</source>
        <translation>Fréquence à laquelle chaque proposition est financée sur {n} tirages aléatoires des pondérations autour de celles convenues (les mêmes tirages à chaque fois).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="34"/>
        <source>PMO score</source>
        <translation>Score PMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="35"/>
        <source>TMO score</source>
        <translation>Score TMO</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="36"/>
        <source>Gap (PMO − TMO)</source>
        <translation>Écart (PMO − TMO)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="37"/>
        <source>Dissent</source>
        <translation>Dissension</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="38"/>
        <source>Dissent flag</source>
        <translation>Signal de dissension</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="39"/>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="40"/>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="41"/>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="42"/>
        <source>Raters</source>
        <translation>Évaluateurs</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="66"/>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="43"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="44"/>
        <source>Benefit</source>
        <translation>Bénéfice</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="117"/>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="45"/>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="55"/>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="59"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/funding_workbook.py" line="118"/>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="46"/>
        <source>Weight</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="47"/>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="48"/>
        <source>Scale min</source>
        <translation>Échelle min</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="49"/>
        <source>Scale max</source>
        <translation>Échelle max</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="50"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="51"/>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="52"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="53"/>
        <source>Rater</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="54"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="56"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="57"/>
        <source>Entered by</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="58"/>
        <source>Entered at</source>
        <translation>Saisi le</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="60"/>
        <source>overall</source>
        <translation>global</translation>
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
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="64"/>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="65"/>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="66"/>
        <source>Decided at</source>
        <translation>Décidée le</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="67"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="68"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="69"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="70"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="71"/>
        <source>Agenda item</source>
        <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="72"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="73"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="74"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="75"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="76"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="77"/>
        <source>Round counted</source>
        <translation>Tour pris en compte</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="78"/>
        <source>none (no ratings yet)</source>
        <translation>aucun (pas encore d’évaluations)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="79"/>
        <source>Round chosen</source>
        <translation>Tour choisi</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="80"/>
        <source>yes: named for this workbook</source>
        <translation>oui&#xa0;: désigné pour ce classeur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="81"/>
        <source>no: the default, the latest closed round that holds ratings</source>
        <translation>non&#xa0;: par défaut, le dernier tour clos comportant des évaluations</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="84"/>
        <source>Complete ballots (rated)</source>
        <translation>Bulletins complets (évalués)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="85"/>
        <source>Partial ballots</source>
        <translation>Bulletins partiels</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="89"/>
        <source>Named: ratings beside the participants&apos; names</source>
        <translation>Nominatif&#xa0;: évaluations avec le nom des participants</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="92"/>
        <source>Office-tagged: ratings by office, never by person</source>
        <translation>Par bureau&#xa0;: évaluations par bureau, jamais par personne</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="95"/>
        <source>Anonymous: ratings with neither names nor offices</source>
        <translation>Anonyme&#xa0;: évaluations sans noms ni bureaux</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="99"/>
        <source>{office} {n}</source>
        <translation>{office} {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="100"/>
        <source>Rater {n}</source>
        <translation>Évaluateur {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="101"/>
        <source>can&apos;t judge</source>
        <translation>ne peut pas juger</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="166"/>
        <source>In office-tagged and anonymous workshops an office&apos;s figures for a proposal, and for each of its criteria, are withheld (—) unless at least two participants of that office rated it, and the other office&apos;s figures with them; so are the median, minimum and maximum beside them, and every rating of such a proposal.</source>
        <translation>Dans les ateliers par bureau et anonymes, les chiffres d’un bureau pour une proposition, et pour chacun de ses critères, sont masqués (—) sauf si au moins deux participants de ce bureau l’ont évaluée, et les chiffres de l’autre bureau avec eux&#xa0;; il en va de même de la médiane, du minimum et du maximum à côté, et de toutes les évaluations d’une telle proposition.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="108"/>
        <source>Office-tagged workshop: raters appear as keys by office (PMO 1, PMO 2 …), dealt at random within each office and the same in every round of this workbook; the time of entry is given to the day only.</source>
        <translation>Atelier par bureau&#xa0;: les évaluateurs apparaissent sous forme de codes par bureau (PMO 1, PMO 2 …), attribués au hasard au sein de chaque bureau et identiques dans tous les tours de ce classeur&#xa0;; l’heure de saisie n’est indiquée qu’au jour près.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="114"/>
        <source>Anonymous workshop: raters appear as keys (Rater 1, Rater 2 …) dealt at random and the same in every round of this workbook, with no office; the time of entry is given to the day only.</source>
        <translation>Atelier anonyme&#xa0;: les évaluateurs apparaissent sous forme de codes (Évaluateur 1, Évaluateur 2 …), attribués au hasard et identiques dans tous les tours de ce classeur, sans bureau&#xa0;; l’heure de saisie n’est indiquée qu’au jour près.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="154"/>
        <source>Only the round counted is scored (by default the latest closed round that holds ratings); the Ratings sheet lists it in the column Round beside the other closed rounds.</source>
        <translation>Seul le tour pris en compte sert au calcul des scores (par défaut, le dernier tour clos comportant des évaluations)&#xa0;; la feuille Évaluations le fait figurer dans la colonne Tour, à côté des autres tours clos.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="160"/>
        <source>A ballot is complete when every proposal × criterion cell holds a rating or &quot;can&apos;t judge&quot;; &quot;can&apos;t judge&quot; is listed on the Ratings sheet and never scored.</source>
        <translation>Un bulletin est complet quand chaque cellule proposition × critère contient une note ou «&#xa0;ne peut pas juger&#xa0;»&#xa0;; «&#xa0;ne peut pas juger&#xa0;» figure dans la feuille Évaluations et n’entre jamais dans les scores.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="86"/>
        <source>Dissent flag at</source>
        <translation>Seuil de signalement de la dissension</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="87"/>
        <source>Anonymity</source>
        <translation>Anonymat</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="102"/>
        <source>— withheld: fewer than two participants of an office rated it; the other office&apos;s figure beside it is withheld too, so that no figure shows one person&apos;s rating</source>
        <translation>— masqué&#xa0;: moins de deux participants d’un bureau l’ont évalué&#xa0;; le chiffre de l’autre bureau à côté est masqué lui aussi, afin qu’aucun chiffre ne montre l’évaluation d’une seule personne</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="120"/>
        <source>Step {n}</source>
        <translation>Étape {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="122"/>
        <source>A rating r on a criterion with scale [lo, hi] normalises to n = (r − lo) / (hi − lo); for a criterion where lower is better, n = 1 − n.</source>
        <translation>Une note r sur un critère d’échelle [lo, hi] est normalisée en n = (r − lo) / (hi − lo)&#xa0;; pour un critère où plus bas vaut mieux, n = 1 − n.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="127"/>
        <source>A participant&apos;s score for a proposal is Σ w·n / Σ w over the criteria that participant rated (w: the criterion&apos;s weight; a missing rating is left out, never counted as zero).</source>
        <translation>Le score d’un participant pour une proposition est Σ w·n / Σ w sur les critères qu’il a notés (w&#xa0;: la pondération du critère&#xa0;; une note manquante est ignorée, jamais comptée comme zéro).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="133"/>
        <source>A proposal&apos;s score is 100 × the mean of its participants&apos; scores. The PMO score and the TMO score are the same mean over the participants of that office; gap = PMO − TMO.</source>
        <translation>Le score d’une proposition vaut 100 × la moyenne des scores de ses participants. Le score PMO et le score TMO sont la même moyenne sur les participants du bureau concerné&#xa0;; écart = PMO − TMO.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="139"/>
        <source>Per criterion (sheet Gaps): 100 × the mean of n over the participants who rated it, for PMO and for TMO, and the gap between them.</source>
        <translation>Par critère (feuille Écarts)&#xa0;: 100 × la moyenne de n sur les participants qui l’ont noté, pour le PMO et pour le TMO, et l’écart entre les deux.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="144"/>
        <source>Dissent is the population standard deviation of the participant scores (0–100) divided by 50: 0 is full agreement, 1 a maximal split. Median, min and max are of the same participant scores.</source>
        <translation>La dissension est l’écart type (de la population) des scores des participants (0–100) divisé par 50&#xa0;: 0 signifie un accord total, 1 une division maximale. La médiane, le min et le max portent sur ces mêmes scores.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results_workbook.py" line="150"/>
        <source>Rank: by score, highest first; equal scores share a rank (1, 2, 2, 4).</source>
        <translation>Rang&#xa0;: par score, du plus élevé au plus bas&#xa0;; les scores égaux partagent le même rang (1, 2, 2, 4).</translation>
    </message>
</context>
<context>
    <name>RolesArea</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="60"/>
        <source>Offices</source>
        <translation>Bureaux</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="64"/>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="362"/>
        <source>Add office</source>
        <translation>Ajouter un bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="66"/>
        <source>Choose colour…</source>
        <translation>Choisir la couleur…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="68"/>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="423"/>
        <source>Delete office</source>
        <translation>Supprimer le bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="70"/>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="81"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="72"/>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="83"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="74"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="77"/>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="377"/>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="383"/>
        <source>Add role</source>
        <translation>Ajouter un rôle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="79"/>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="403"/>
        <source>Delete role</source>
        <translation>Supprimer le rôle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="86"/>
        <source>Add an office and type its name</source>
        <translation>Ajouter un bureau et saisir son nom</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="87"/>
        <source>Choose the colour that marks the office and its roles</source>
        <translation>Choisir la couleur qui identifie le bureau et ses rôles</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="89"/>
        <source>Delete the office (only when no role belongs to it)</source>
        <translation>Supprimer le bureau (seulement si aucun rôle n’y est rattaché)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="91"/>
        <source>Move the office up</source>
        <translation>Monter le bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="92"/>
        <source>Move the office down</source>
        <translation>Descendre le bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="93"/>
        <source>Add a role to the selected office and type its name</source>
        <translation>Ajouter un rôle au bureau sélectionné et saisir son nom</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="94"/>
        <source>Delete the role with its RACI letters</source>
        <translation>Supprimer le rôle avec ses lettres RACI</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="95"/>
        <source>Move the role up within its office</source>
        <translation>Monter le rôle au sein de son bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="96"/>
        <source>Move the role down within its office</source>
        <translation>Descendre le rôle au sein de son bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="103"/>
        <source>F2 or double-click edits a cell · Ins adds · Del deletes · Ctrl+Up / Ctrl+Down change the order</source>
        <translation>F2 ou double-clic modifie une cellule · Inser ajoute · Suppr supprime · Ctrl+Haut / Ctrl+Bas changent l’ordre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="111"/>
        <source>&amp;Offices</source>
        <translation>&amp;Bureaux</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="112"/>
        <source>&amp;Roles</source>
        <translation>&amp;Rôles</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="135"/>
        <source>F2 edits the current cell, Insert adds, Delete deletes, Ctrl+Up and Ctrl+Down move the row</source>
        <translation>F2 modifie la cellule courante, Inser ajoute, Suppr supprime, Ctrl+Haut et Ctrl+Bas déplacent la ligne</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="228"/>
        <source>{offices} · {roles} · {letters} held</source>
        <translation>{offices} · {roles} · {letters} attribuées</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="234"/>
        <source> · read-only</source>
        <translation> · lecture seule</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="345"/>
        <source>Rename office</source>
        <translation>Renommer le bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="345"/>
        <source>Describe office</source>
        <translation>Décrire le bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="350"/>
        <source>Rename role</source>
        <translation>Renommer le rôle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="351"/>
        <source>Describe role</source>
        <translation>Décrire le rôle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="352"/>
        <source>Move role to another office</source>
        <translation>Déplacer le rôle vers un autre bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="358"/>
        <source>New office</source>
        <translation>Nouveau bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="378"/>
        <source>Add an office first: every role belongs to one.</source>
        <translation>Ajoutez d’abord un bureau&#xa0;: chaque rôle appartient à un bureau.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="381"/>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="396"/>
        <source>Delete the role “{role}”?</source>
        <translation>Supprimer le rôle «&#xa0;{role}&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="398"/>
        <source>It holds %n letter(s) in the RACI matrix.</source>
        <translation>
            <numerusform>Il détient %n lettre dans la matrice RACI.</numerusform>
            <numerusform>Il détient %n lettres dans la matrice RACI.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="400"/>
        <source>It approves %n control point(s).</source>
        <translation>
            <numerusform>Il valide %n point de contrôle.</numerusform>
            <numerusform>Il valide %n points de contrôle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="401"/>
        <source>They go with it; Undo brings them back.</source>
        <translation>Tout cela disparaît avec lui&#xa0;; Annuler le rétablit.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="403"/>
        <source>Delete Role</source>
        <translation>Supprimer le rôle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="407"/>
        <source>Delete role “{role}”</source>
        <translation>Supprimer le rôle «&#xa0;{role}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="417"/>
        <source>Delete the office “{office}”?</source>
        <translation>Supprimer le bureau «&#xa0;{office}&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="419"/>
        <source>%n activities will have no owning office.</source>
        <translation>
            <numerusform>%n activité n’aura plus de bureau responsable.</numerusform>
            <numerusform>%n activités n’auront plus de bureau responsable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="421"/>
        <source>%n workshop participant(s) will have no office.</source>
        <translation>
            <numerusform>%n participant d’atelier n’aura plus de bureau.</numerusform>
            <numerusform>%n participants d’atelier n’auront plus de bureau.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="423"/>
        <source>Delete Office</source>
        <translation>Supprimer le bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="428"/>
        <source>Delete office “{office}”</source>
        <translation>Supprimer le bureau «&#xa0;{office}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="452"/>
        <source>Move office up</source>
        <translation>Monter le bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="452"/>
        <source>Move office down</source>
        <translation>Descendre le bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="474"/>
        <source>Move role up</source>
        <translation>Monter le rôle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="474"/>
        <source>Move role down</source>
        <translation>Descendre le rôle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="485"/>
        <source>Change office colour</source>
        <translation>Changer la couleur du bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="497"/>
        <source>Office colour</source>
        <translation>Couleur du bureau</translation>
    </message>
</context>
<context>
    <name>RolesModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="221"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="222"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="223"/>
        <source>Description</source>
        <translation>Description</translation>
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
        <translation>Lettres</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="232"/>
        <source>Double-click or press F2 to move the role to another office</source>
        <translation>Double-cliquez ou appuyez sur F2 pour déplacer le rôle vers un autre bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="234"/>
        <source>Activities where the role is Responsible</source>
        <translation>Activités où le rôle est Réalisateur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="235"/>
        <source>Activities where the role is Accountable</source>
        <translation>Activités où le rôle est Approbateur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="236"/>
        <source>All letters the role holds in the RACI matrix</source>
        <translation>Toutes les lettres que le rôle détient dans la matrice RACI</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="266"/>
        <source>approves %n control point(s)</source>
        <translation>
            <numerusform>valide %n point de contrôle</numerusform>
            <numerusform>valide %n points de contrôle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/guard.py" line="116"/>
        <source>Too many requests; please wait a moment and try again.</source>
        <translation>Trop de requêtes&#xa0;; merci de patienter un instant, puis de réessayer.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="159"/>
        <source>Something went wrong on the facilitator&apos;s laptop.</source>
        <translation>Un problème est survenu sur l’ordinateur portable de l’animateur.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="166"/>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="288"/>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="299"/>
        <source>Nothing here.</source>
        <translation>Il n’y a rien ici.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="168"/>
        <source>Not allowed here.</source>
        <translation>Accès non autorisé ici.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="169"/>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="217"/>
        <source>This request is not valid.</source>
        <translation>Cette requête n’est pas valide.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="185"/>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="64"/>
        <source>There is no room with this code.</source>
        <translation>Aucune salle ne correspond à ce code.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="205"/>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="67"/>
        <source>This device is not known in the room; choose your name again.</source>
        <translation>Cet appareil n’est pas connu dans la salle&#xa0;; choisissez à nouveau votre nom.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="212"/>
        <source>Send JSON (application/json).</source>
        <translation>Envoyez du JSON (application/json).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="213"/>
        <source>The request is too large.</source>
        <translation>La requête est trop volumineuse.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="228"/>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="230"/>
        <source>The request is not valid JSON.</source>
        <translation>La requête n’est pas du JSON valide.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="238"/>
        <source>{field}: a whole number is needed</source>
        <translation>{field}&#xa0;: un nombre entier est requis</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="248"/>
        <source>{field}: a short text is needed</source>
        <translation>{field}&#xa0;: un texte court est requis</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="371"/>
        <source>cant_judge: true or false</source>
        <translation>cant_judge&#xa0;: true ou false</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="392"/>
        <source>value: a number or null is needed</source>
        <translation>value&#xa0;: un nombre ou null est requis</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/app.py" line="416"/>
        <source>Too many open pages; please try again shortly.</source>
        <translation>Trop de pages ouvertes&#xa0;; merci de réessayer dans un instant.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/server.py" line="45"/>
        <source>{address}: not a port number</source>
        <translation>{address}&#xa0;: n’est pas un numéro de port</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/server.py" line="53"/>
        <location filename="../src/pmo_tmo_desktop/room/server.py" line="68"/>
        <source>{address}: not an address of this machine</source>
        <translation>{address}&#xa0;: n’est pas une adresse de cette machine</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/server.py" line="66"/>
        <source>{address}: the port is already in use</source>
        <translation>{address}&#xa0;: le port est déjà utilisé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/server.py" line="70"/>
        <source>{address}: not allowed to listen on this port</source>
        <translation>{address}&#xa0;: écoute non autorisée sur ce port</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room.py" line="94"/>
        <location filename="../src/pmo_tmo_desktop/services/room_ballot.py" line="287"/>
        <source>no workshop with id {id}</source>
        <translation>aucun atelier avec l’identifiant {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room.py" line="147"/>
        <location filename="../src/pmo_tmo_desktop/services/room.py" line="175"/>
        <source>workshop &apos;{title}&apos; is closed; its room cannot open</source>
        <translation>l’atelier «&#xa0;{title}&#xa0;» est clôturé&#xa0;; sa salle ne peut pas ouvrir</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room.py" line="492"/>
        <source>no device with id {id}</source>
        <translation>aucun appareil avec l’identifiant {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_ballot.py" line="222"/>
        <source>{criterion}: {value} is outside the scale {low}–{high}</source>
        <translation>{criterion}&#xa0;: {value} est hors de l’échelle {low}–{high}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="71"/>
        <source>This name is not on the workshop&apos;s list; choose it again.</source>
        <translation>Ce nom ne figure pas sur la liste de l’atelier&#xa0;; choisissez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="75"/>
        <source>Another device holds this name; the facilitator admits you.</source>
        <translation>Un autre appareil utilise ce nom&#xa0;; l’animateur va vous admettre.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="79"/>
        <source>This device no longer rates for this name; choose your name again.</source>
        <translation>Cet appareil ne note plus pour ce nom&#xa0;; choisissez à nouveau votre nom.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="81"/>
        <source>No round is open yet; wait for the facilitator.</source>
        <translation>Aucun tour n’est encore ouvert&#xa0;; attendez l’animateur.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="84"/>
        <source>The round is closed; ratings can no longer change.</source>
        <translation>Le tour est clos&#xa0;; les évaluations ne peuvent plus être modifiées.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="86"/>
        <source>The rating lies outside the criterion&apos;s scale.</source>
        <translation>La note est hors de l’échelle du critère.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="87"/>
        <source>A rating must be a number.</source>
        <translation>Une note doit être un nombre.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="90"/>
        <source>This proposal or criterion is not part of the workshop.</source>
        <translation>Cette proposition ou ce critère ne fait pas partie de l’atelier.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="94"/>
        <source>Too many devices are waiting for this name; ask the facilitator.</source>
        <translation>Trop d’appareils attendent pour ce nom&#xa0;; adressez-vous à l’animateur.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="98"/>
        <source>The workshop is closed; ratings can no longer change.</source>
        <translation>L’atelier est clôturé&#xa0;; les évaluations ne peuvent plus être modifiées.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="100"/>
        <source>The personal code is not right.</source>
        <translation>Le code personnel est incorrect.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="103"/>
        <source>This workshop does not ask for criteria weights.</source>
        <translation>Cet atelier ne demande pas de pondérations des critères.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="107"/>
        <source>These are not two different criteria of the workshop.</source>
        <translation>Ce ne sont pas deux critères différents de l’atelier.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_rules.py" line="211"/>
        <source>&apos;Can&apos;t judge&apos; takes no value.</source>
        <translation>«&#xa0;Ne peut pas juger&#xa0;» n’accepte aucune valeur.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_weights.py" line="133"/>
        <source>An answer must be a number.</source>
        <translation>Une réponse doit être un nombre.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_weights.py" line="141"/>
        <source>{a} vs {b}: this is not one of the 17 answers.</source>
        <translation>{a} face à {b}&#xa0;: ce n’est pas l’une des 17 réponses.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_weights.py" line="166"/>
        <source>The workshop is closed; criteria weights can no longer change.</source>
        <translation>L’atelier est clôturé&#xa0;; les pondérations des critères ne peuvent plus changer.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/room_weights.py" line="174"/>
        <source>The round is closed; criteria weights can no longer change.</source>
        <translation>Le tour est clos&#xa0;; les pondérations des critères ne peuvent plus changer.</translation>
    </message>
</context>
<context>
    <name>RoomControl</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="217"/>
        <source>The room is open at {url}</source>
        <translation>La salle est ouverte à l’adresse {url}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="235"/>
        <source>The room is closed</source>
        <translation>La salle est fermée</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="247"/>
        <source>The room pauses for the file</source>
        <translation>La salle s’interrompt le temps du fichier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="271"/>
        <source>The room is closed: another workshop was chosen</source>
        <translation>La salle est fermée&#xa0;: un autre atelier a été choisi</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="277"/>
        <source>The room is closed with the workshop</source>
        <translation>La salle est fermée&#xa0;: l’atelier est clôturé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="327"/>
        <source>Admit device</source>
        <translation>Admettre l’appareil</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="331"/>
        <source>Release device</source>
        <translation>Libérer l’appareil</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="335"/>
        <source>Revoke device</source>
        <translation>Révoquer l’appareil</translation>
    </message>
</context>
<context>
    <name>RoomDevices</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_devices.py" line="34"/>
        <source>Joined</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_devices.py" line="36"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_devices.py" line="37"/>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_devices.py" line="54"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_devices.py" line="55"/>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_devices.py" line="56"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_devices.py" line="57"/>
        <source>Last seen</source>
        <translation>Dernière activité</translation>
    </message>
</context>
<context>
    <name>RoomPage</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="21"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="22"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="23"/>
        <source>Ballot</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="24"/>
        <source>Who are you?</source>
        <translation>Qui êtes-vous ?</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="25"/>
        <source>Tap your name to start rating.</source>
        <translation>Touchez votre nom pour commencer à évaluer.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="26"/>
        <source>already joined on another device</source>
        <translation>déjà connecté sur un autre appareil</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="27"/>
        <source>No participants yet. Ask the facilitator to add you.</source>
        <translation>Aucun participant pour l’instant. Demandez à l’animateur de vous ajouter.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="28"/>
        <source>Personal code</source>
        <translation>Code personnel</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="29"/>
        <source>The personal code is printed on your name card.</source>
        <translation>Le code personnel figure sur votre carte nominative.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="30"/>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="31"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="32"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="33"/>
        <source>Pick your name</source>
        <translation>Choisir votre nom</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="34"/>
        <source>No room with this code</source>
        <translation>Aucune salle avec ce code</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="35"/>
        <source>Check the address or scan the code on the screen again.</source>
        <translation>Vérifiez l’adresse ou scannez à nouveau le code affiché à l’écran.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="36"/>
        <source>The room cannot be reached</source>
        <translation>La salle est injoignable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="37"/>
        <source>Check that this device is on the room’s Wi-Fi. This page tries again by itself.</source>
        <translation>Vérifiez que cet appareil est connecté au Wi-Fi de la salle. Cette page réessaie d’elle-même.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="41"/>
        <source>Something went wrong</source>
        <translation>Une erreur s’est produite</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="42"/>
        <source>Could not join</source>
        <translation>Impossible de rejoindre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="43"/>
        <source>Waiting for the facilitator to admit this device</source>
        <translation>En attente de l’animateur pour admettre cet appareil</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="44"/>
        <source>{name} has already joined on another device, so the facilitator must admit this one. This page checks again every few seconds.</source>
        <translation>{name} est déjà connecté sur un autre appareil : l’animateur doit donc admettre celui-ci. Cette page vérifie à nouveau toutes les quelques secondes.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="49"/>
        <source>Not {name}? Pick another name</source>
        <translation>Vous n’êtes pas {name} ? Choisir un autre nom</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="50"/>
        <source>Leave this ballot and pick another name? The ratings given so far stay saved.</source>
        <translation>Quitter ce bulletin et choisir un autre nom ? Les évaluations déjà données restent enregistrées.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="54"/>
        <source>This device was signed out</source>
        <translation>Cet appareil a été déconnecté</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="55"/>
        <source>The facilitator signed this device out, for example because you joined on another device. Your ratings so far stay saved.</source>
        <translation>L’animateur a déconnecté cet appareil, par exemple parce que vous avez rejoint depuis un autre appareil. Vos évaluations déjà données restent enregistrées.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="60"/>
        <source>Pick my name again</source>
        <translation>Choisir à nouveau mon nom</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="61"/>
        <source>This device is no longer joined. Pick your name to join again.</source>
        <translation>Cet appareil n’est plus connecté. Choisissez votre nom pour rejoindre à nouveau.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="62"/>
        <source>Waiting for the facilitator to open a round</source>
        <translation>En attente de l’ouverture d’un tour par l’animateur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="63"/>
        <source>Your ballot appears here by itself as soon as the round opens.</source>
        <translation>Votre bulletin apparaîtra ici de lui-même dès l’ouverture du tour.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="64"/>
        <source>Round {n}</source>
        <translation>Tour {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="65"/>
        <source>Round {n} (blind)</source>
        <translation>Tour {n} (à l’aveugle)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="66"/>
        <source>Round {n} is closed. Your ratings are shown read-only; the ballot opens again by itself if the facilitator opens another round.</source>
        <translation>Le tour {n} est clos. Vos évaluations sont affichées en lecture seule ; le bulletin se rouvre de lui-même si l’animateur ouvre un autre tour.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="71"/>
        <source>Every change is saved at once; there is nothing to submit.</source>
        <translation>Chaque modification est enregistrée aussitôt ; il n’y a rien à envoyer.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="72"/>
        <source>{filled} of {cells} answered</source>
        <translation>{filled} sur {cells} répondues</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="73"/>
        <source>Complete: all {cells} answered</source>
        <translation>Complet : les {cells} sont répondues</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="74"/>
        <source>{n} not sent yet</source>
        <translation>{n} pas encore envoyée(s)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="75"/>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="76"/>
        <source>Proposal {n} of {count}</source>
        <translation>Proposition {n} sur {count}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="77"/>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="78"/>
        <source>Proposal {n}: {title}, {state}</source>
        <translation>Proposition {n} : {title}, {state}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="79"/>
        <source>complete</source>
        <translation>complète</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="80"/>
        <source>not started</source>
        <translation>non commencée</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="81"/>
        <source>started</source>
        <translation>commencée</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="82"/>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="83"/>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="84"/>
        <source>can&apos;t judge</source>
        <translation>ne peut pas juger</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="85"/>
        <source>not rated</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="86"/>
        <source>higher is better</source>
        <translation>plus élevé = meilleur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="87"/>
        <source>lower is better</source>
        <translation>plus bas = meilleur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="88"/>
        <source>Scale {low}–{high}</source>
        <translation>Échelle {low}–{high}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="89"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="90"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="91"/>
        <source>Offline, queued</source>
        <translation>Hors ligne, en attente</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="92"/>
        <source>Not saved yet, retrying</source>
        <translation>Pas encore enregistré, nouvel essai</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="93"/>
        <source>Not saved: {message}</source>
        <translation>Non enregistré : {message}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="94"/>
        <source>Enter a number from {low} to {high}.</source>
        <translation>Saisissez un nombre de {low} à {high}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="95"/>
        <source>Offline: your changes are kept on this device and sent as soon as the connection is back.</source>
        <translation>Hors ligne : vos modifications sont conservées sur cet appareil et envoyées dès le retour de la connexion.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="100"/>
        <source>The round was closed before these changes could be sent: {n}.</source>
        <translation>Le tour a été clos avant que ces modifications puissent être envoyées : {n}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="101"/>
        <source>Round {n} was closed before this change could be sent.</source>
        <translation>Le tour {n} a été clos avant que cette modification puisse être envoyée.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="102"/>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="103"/>
        <source>Results of round {n}</source>
        <translation>Résultats du tour {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="104"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="105"/>
        <source>Score</source>
        <translation>Score</translation>
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
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="109"/>
        <source>Scores run from 0 to 100; the gap is the PMO score minus the TMO score.</source>
        <translation>Les scores vont de 0 à 100&#xa0;; l’écart est le score PMO moins le score TMO.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="113"/>
        <source>— withheld for privacy: fewer than two participants of an office rated it.</source>
        <translation>— masqué par confidentialité&#xa0;: moins de deux participants d’un bureau l’ont évalué.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="118"/>
        <source>Criteria weights</source>
        <translation>Pondérations des critères</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="119"/>
        <source>Before rating, compare the criteria in pairs: which matters more, and how much? This step is optional.</source>
        <translation>Avant d’évaluer, comparez les critères par paires&#xa0;: lequel compte le plus, et dans quelle mesure&#xa0;? Cette étape est facultative.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="124"/>
        <source>Slide towards the criterion that matters more. Keys: arrows move, Enter chooses, Delete clears.</source>
        <translation>Faites glisser vers le critère qui compte le plus. Touches&#xa0;: les flèches déplacent, Entrée valide, Suppr efface.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="129"/>
        <source>The round is closed; your criteria weights are shown read-only.</source>
        <translation>Le tour est clos&#xa0;; vos pondérations des critères sont affichées en lecture seule.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="130"/>
        <source>Skip to rating</source>
        <translation>Passer à l’évaluation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="131"/>
        <source>Go to rating</source>
        <translation>Aller à l’évaluation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="132"/>
        <source>{n} of {count} pairs answered</source>
        <translation>Paires répondues&#xa0;: {n} sur {count}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="133"/>
        <source>Pair {n} of {count}</source>
        <translation>Paire {n} sur {count}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="134"/>
        <source>{a} vs {b}</source>
        <translation>{a} face à {b}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="135"/>
        <source>{side} extremely more important</source>
        <translation>{side} extrêmement plus important</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="136"/>
        <source>{side} very strongly to extremely more important</source>
        <translation>{side} très fortement à extrêmement plus important</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="137"/>
        <source>{side} very strongly more important</source>
        <translation>{side} très fortement plus important</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="138"/>
        <source>{side} strongly to very strongly more important</source>
        <translation>{side} fortement à très fortement plus important</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="139"/>
        <source>{side} strongly more important</source>
        <translation>{side} fortement plus important</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="140"/>
        <source>{side} moderately to strongly more important</source>
        <translation>{side} modérément à fortement plus important</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="141"/>
        <source>{side} moderately more important</source>
        <translation>{side} modérément plus important</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="142"/>
        <source>{side} equally to moderately more important</source>
        <translation>{side} entre égal et modérément plus important</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="143"/>
        <source>Equal</source>
        <translation>Importance égale</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="144"/>
        <source>Not answered yet</source>
        <translation>Pas encore de réponse</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="145"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="146"/>
        <source>least consistent</source>
        <translation>la moins cohérente</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="147"/>
        <source>Your weights</source>
        <translation>Vos pondérations</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="148"/>
        <source>Only you see this.</source>
        <translation>Personne d’autre ne voit ceci.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="149"/>
        <source>{percent}%</source>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="150"/>
        <source>Consistency ratio {ratio}: consistent</source>
        <translation>Ratio de cohérence {ratio}&#xa0;: cohérent</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="151"/>
        <source>Consistency ratio {ratio}: above 0.10, worth a second look</source>
        <translation>Ratio de cohérence {ratio}&#xa0;: au-dessus de 0,10, à revoir</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="152"/>
        <source>Least consistent answer: {a} vs {b}</source>
        <translation>Réponse la moins cohérente&#xa0;: {a} face à {b}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="153"/>
        <source>Compare pairs that link every criterion to see your weights.</source>
        <translation>Comparez des paires qui relient tous les critères pour voir vos pondérations.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/room/page_texts.py" line="154"/>
        <source>Updated once your answers reach the room.</source>
        <translation>Mis à jour dès que vos réponses parviennent à la salle.</translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="42"/>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="46"/>
        <source>QR code of the room&apos;s address</source>
        <translation>Code QR de l’adresse de la salle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="50"/>
        <source>Room address</source>
        <translation>Adresse de la salle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="55"/>
        <source>Room code</source>
        <translation>Code de salle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="60"/>
        <source>Scan the code or type the address, then tap your name. Nobody sees another person&apos;s ratings.</source>
        <translation>Scannez le code ou saisissez l’adresse, puis touchez votre nom. Personne ne voit les notes des autres.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="66"/>
        <source>Require personal &amp;codes</source>
        <translation>Exiger les &amp;codes personnels</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="70"/>
        <source>Claiming a name asks for the code on that person&apos;s name card (Workshop → Print QR Name Cards); a personal link needs no code</source>
        <translation>Choisir un nom demande le code figurant sur la carte nominative de la personne (Atelier → Imprimer les cartes nominatives à code QR)&#xa0;; un lien personnel n’en a pas besoin</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="74"/>
        <source>Show results on &amp;phones</source>
        <translation>Afficher les résultats sur les &amp;téléphones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="78"/>
        <source>Once a round is closed and revealed, participants&apos; pages show the ranking the presenter shows; never while a round is open</source>
        <translation>Une fois un tour clos et dévoilé, les pages des participants montrent le classement de la vue présentateur&#xa0;; jamais pendant un tour ouvert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="95"/>
        <source>Devices in the room</source>
        <translation>Appareils dans la salle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="109"/>
        <source>&amp;Admit</source>
        <translation>Ad&amp;mettre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="111"/>
        <source>Let this device rate; another device on the same name is signed out</source>
        <translation>Autoriser cet appareil à noter&#xa0;; un autre appareil sous le même nom est déconnecté</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="113"/>
        <source>Re&amp;lease</source>
        <translation>&amp;Libérer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="114"/>
        <source>Remove this device; the name is free again</source>
        <translation>Retirer cet appareil&#xa0;; le nom est de nouveau libre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="115"/>
        <source>Revo&amp;ke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="116"/>
        <source>This device can no longer rate</source>
        <translation>Cet appareil ne peut plus noter</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="147"/>
        <source>Room code: {code}</source>
        <translation>Code de salle&#xa0;: {code}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="165"/>
        <source>&lt;b&gt;Devices&lt;/b&gt;: %n joined</source>
        <translation>
            <numerusform>&lt;b&gt;Appareils&lt;/b&gt;&#xa0;: %n connecté</numerusform>
            <numerusform>&lt;b&gt;Appareils&lt;/b&gt;&#xa0;: %n connectés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="167"/>
        <source>, %n waiting</source>
        <translation>
            <numerusform>, %n en attente</numerusform>
            <numerusform>, %n en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundStatus</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/round_progress.py" line="16"/>
        <source>Complete</source>
        <translation>Complet</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/round_progress.py" line="18"/>
        <source>Started ({filled} of {cells})</source>
        <translation>Commencé ({filled} sur {cells})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/round_progress.py" line="21"/>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/round_progress.py" line="29"/>
        <source>{done} of {total} complete, %n started</source>
        <translation>
            <numerusform>{done} sur {total} complets, %n commencé</numerusform>
            <numerusform>{done} sur {total} complets, %n commencés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/round_progress.py" line="32"/>
        <source>{done} of {total} complete</source>
        <translation>{done} sur {total} complets</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="65"/>
        <source>Close round {n} and reveal its results?</source>
        <translation>Clore le tour {n} et révéler ses résultats&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="67"/>
        <source>Close round {n}?</source>
        <translation>Clore le tour {n}&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="72"/>
        <source>Every ballot is complete.</source>
        <translation>Tous les bulletins sont complets.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="76"/>
        <source>Incomplete (%n):</source>
        <translation>
            <numerusform>Incomplet (%n)&#xa0;:</numerusform>
            <numerusform>Incomplets (%n)&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="77"/>
        <source>Not started (%n):</source>
        <translation>
            <numerusform>Non commencé (%n)&#xa0;:</numerusform>
            <numerusform>Non commencés (%n)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="86"/>
        <source>{filled} of {cells} cells</source>
        <translation>{filled} sur {cells} cellules</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="91"/>
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="94"/>
        <source>Once the round is closed, nothing more can be entered in it.</source>
        <translation>Une fois le tour clos, plus rien ne peut y être saisi.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="18"/>
        <source>Activity &apos;{activity}&apos; has no Accountable role.</source>
        <translation>L’activité « {activity} » n’a aucun rôle Approbateur.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="21"/>
        <source>Activity &apos;{activity}&apos; has {count} Accountable roles ({roles}); it should have one.</source>
        <translation>L’activité « {activity} » a {count} rôles Approbateurs ({roles})&#xa0;; il en faut un seul.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="25"/>
        <source>Activity &apos;{activity}&apos; has no Responsible role.</source>
        <translation>L’activité « {activity} » n’a aucun rôle Réalisateur.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="28"/>
        <source>Role &apos;{role}&apos; holds no letter in any activity.</source>
        <translation>Le rôle « {role} » n’a de lettre dans aucune activité.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="31"/>
        <source>Role &apos;{role}&apos; is Responsible or Accountable for {count} activities in phase &apos;{phase}&apos; (limit {limit}).</source>
        <translation>Le rôle « {role} » est Réalisateur ou Approbateur de {count} activités dans la phase « {phase} » (limite {limit}).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="36"/>
        <source>Activity &apos;{activity}&apos; has {count} Consulted roles (limit {limit}).</source>
        <translation>L’activité « {activity} » a {count} rôles Consultés (limite {limit}).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="39"/>
        <source>Technical activity &apos;{activity}&apos; has no TMO role Responsible or Accountable.</source>
        <translation>L’activité technique « {activity} » n’a aucun rôle TMO Réalisateur ou Approbateur.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="42"/>
        <source>No PMO role takes part in technical activity &apos;{activity}&apos;.</source>
        <translation>Aucun rôle PMO ne participe à l’activité technique « {activity} ».</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="45"/>
        <source>No TMO role hears about management activity &apos;{activity}&apos; (not even Informed).</source>
        <translation>Aucun rôle TMO n’est tenu au courant de l’activité de gestion « {activity} » (pas même Informé).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="49"/>
        <source>Gate &apos;{control_point}&apos; has no approver from {missing}.</source>
        <translation>Le jalon « {control_point} » n’a aucun valideur du {missing}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="52"/>
        <source>Technical deliverable &apos;{deliverable}&apos; of activity &apos;{activity}&apos; has no TMO role Responsible for producing it.</source>
        <translation>Le livrable technique « {deliverable} » de l’activité « {activity} » n’a aucun rôle TMO Réalisateur pour le produire.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="69"/>
        <source>&apos;{name}&apos;</source>
        <comment>one name in a list of names, quoted</comment>
        <translation>« {name} »</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/findings_words.py" line="75"/>
        <source>{list} or {name}</source>
        <comment>the last of a list of alternatives</comment>
        <translation>{list} ou {name}</translation>
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
        <translation>Rien à tracer&#xa0;: aucune proposition n’a à la fois un score et un coût.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/score_cost_chart.py" line="60"/>
        <source>Rank {rank}, {title}: score {score}, cost {cost}, benefit {benefit}.</source>
        <translation>Rang {rank}, {title}&#xa0;: score {score}, coût {cost}, bénéfice {benefit}.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/score_cost_chart.py" line="116"/>
        <source>↖ better: higher score, lower cost</source>
        <translation>↖ mieux&#xa0;: score plus élevé, coût plus faible</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="29"/>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="41"/>
        <source>must be one of: {allowed}</source>
        <translation>doit être l’une des valeurs suivantes&#xa0;: {allowed}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="51"/>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="59"/>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="72"/>
        <source>must be a whole number, 1 or more</source>
        <translation>doit être un nombre entier supérieur ou égal à 1</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="79"/>
        <source>must be greater than zero</source>
        <translation>doit être supérieur à zéro</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="91"/>
        <source>must be a number from 0.05 to 1, like 0.3</source>
        <translation>doit être un nombre de 0,05 à 1, comme 0,3</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="98"/>
        <source>must be a whole number, zero or more</source>
        <translation>doit être un nombre entier positif ou nul</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="108"/>
        <source>must be a colour like #2F6DB5</source>
        <translation>doit être une couleur comme #2F6DB5</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="121"/>
        <source>must be a date like 2026-11-25</source>
        <translation>doit être une date comme 2026-11-25</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="135"/>
        <source>must be a time of day like 09:30</source>
        <translation>doit être une heure comme 09:30</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="147"/>
        <source>must be yes or no</source>
        <translation>doit être oui ou non</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="152"/>
        <location filename="../src/pmo_tmo_desktop/services/entity_registry.py" line="156"/>
        <source>must be chosen</source>
        <translation>doit être choisi</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="44"/>
        <location filename="../src/pmo_tmo_desktop/services/portfolio_rules.py" line="94"/>
        <location filename="../src/pmo_tmo_desktop/services/portfolio_setup.py" line="50"/>
        <source>{field}: {problem}</source>
        <translation>{field}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="57"/>
        <source>Dissent threshold</source>
        <translation>Seuil de dissension</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="59"/>
        <source>Second resource&apos;s limit</source>
        <translation>Limite de la seconde ressource</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="67"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="69"/>
        <source>Pairwise criterion weights</source>
        <translation>Pondérations des critères par comparaison par paires</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/freeze.py" line="135"/>
        <source>workshop &apos;{title}&apos; is checked out to {file} by {who} since {at}; it is read-only here until it is checked in</source>
        <translation>l’atelier « {title} » est extrait vers {file} par {who} depuis {at} ; il est en lecture seule ici jusqu’à sa réintégration</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/freeze.py" line="152"/>
        <source>workshop &apos;{title}&apos; is closed; record an amendment instead</source>
        <translation>l’atelier «&#xa0;{title}&#xa0;» est clôturé&#xa0;; enregistrez plutôt un rectificatif</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/freeze.py" line="186"/>
        <source>workshop &apos;{title}&apos; is closed; it cannot be reopened</source>
        <translation>l’atelier «&#xa0;{title}&#xa0;» est clôturé&#xa0;; il ne peut pas être rouvert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="55"/>
        <source>workshop &apos;{title}&apos; is already closed</source>
        <translation>l’atelier «&#xa0;{title}&#xa0;» est déjà clôturé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="77"/>
        <source>an amendment needs a reason (why)</source>
        <translation>un rectificatif doit être motivé (pourquoi)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="82"/>
        <source>the amendment changes nothing</source>
        <translation>le rectificatif ne modifie rien</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="159"/>
        <source>rating: must be a number</source>
        <translation>évaluation&#xa0;: doit être un nombre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="185"/>
        <source>can&apos;t judge</source>
        <translation>ne peut pas juger</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="195"/>
        <source>Rating of &apos;{proposal}&apos; on &apos;{criterion}&apos; (round {n}): {old} → {new}</source>
        <translation>Évaluation de «&#xa0;{proposal}&#xa0;» sur «&#xa0;{criterion}&#xa0;» (tour {n})&#xa0;: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="199"/>
        <source>Rating by a {office} participant of &apos;{proposal}&apos; on &apos;{criterion}&apos; (round {n}): {old} → {new}</source>
        <translation>Évaluation par un participant {office} de «&#xa0;{proposal}&#xa0;» sur «&#xa0;{criterion}&#xa0;» (tour {n})&#xa0;: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="206"/>
        <source>Rating by {who} of &apos;{proposal}&apos; on &apos;{criterion}&apos; (round {n}): {old} → {new}</source>
        <translation>Évaluation par {who} de «&#xa0;{proposal}&#xa0;» sur «&#xa0;{criterion}&#xa0;» (tour {n})&#xa0;: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="275"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="279"/>
        <source>Decision on &apos;{proposal}&apos;: {old} → {new}</source>
        <translation>Décision sur «&#xa0;{proposal}&#xa0;»&#xa0;: {old} → {new}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="284"/>
        <source>Decision on &apos;{proposal}&apos; ({kind}): {fields} changed</source>
        <translation>Décision sur «&#xa0;{proposal}&#xa0;» ({kind}) — champs modifiés&#xa0;: {fields}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="302"/>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="32"/>
        <source>{what}: unknown field {field}</source>
        <translation>{what}&#xa0;: champ inconnu {field}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="310"/>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="47"/>
        <source>{what} {field}: {problem}</source>
        <translation>{what} {field}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="324"/>
        <source>Action item &apos;{text}&apos;: {changes}</source>
        <translation>Action «&#xa0;{text}&#xa0;»&#xa0;: {changes}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="112"/>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="78"/>
        <source>no {what} with id {id}</source>
        <translation>{what} introuvable (identifiant {id})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="108"/>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="159"/>
        <source>{what} {field}: must be given</source>
        <translation>{what} {field}&#xa0;: obligatoire</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="206"/>
        <source>row {n}: {error}</source>
        <translation>ligne {n}&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="262"/>
        <source>office {office} still has {count} roles ({names}); move or delete them first</source>
        <translation>le bureau {office} a encore {count} rôles ({names})&#xa0;; déplacez-les ou supprimez-les d’abord</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="305"/>
        <source>{what}: the new order must list each record of the list once</source>
        <translation>{what}&#xa0;: le nouvel ordre doit contenir chaque élément de la liste une seule fois</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="11"/>
        <source>office</source>
        <translation>bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="12"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="13"/>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="14"/>
        <source>activity</source>
        <translation>activité</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="15"/>
        <source>deliverable</source>
        <translation>livrable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="16"/>
        <source>control point</source>
        <translation>point de contrôle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="17"/>
        <source>workshop</source>
        <translation>atelier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="18"/>
        <source>agenda item</source>
        <translation>point de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="19"/>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="20"/>
        <source>criterion</source>
        <translation>critère</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="21"/>
        <source>proposal</source>
        <translation>proposition</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="22"/>
        <source>action item</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="23"/>
        <source>rating</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="24"/>
        <source>group of alternatives</source>
        <translation>groupe d’alternatives</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/labels.py" line="25"/>
        <source>requirement</source>
        <translation>prérequis</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology.py" line="39"/>
        <location filename="../src/pmo_tmo_desktop/services/transfer.py" line="130"/>
        <source>&apos;{letters}&apos; is not a {variant} letter</source>
        <translation>«&#xa0;{letters}&#xa0;» n’est pas une lettre {variant}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology.py" line="102"/>
        <source>workspace name: must not be empty</source>
        <translation>nom de l’espace de travail&#xa0;: ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology.py" line="108"/>
        <source>RACI variant: must be RACI, RASCI or RACI-VS</source>
        <translation>variante RACI&#xa0;: doit être RACI, RASCI ou RACI-VS</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology.py" line="122"/>
        <source>RACI variant: some cells hold letters {variant} does not have; clear them first</source>
        <translation>variante RACI&#xa0;: certaines cellules contiennent des lettres absentes de {variant}&#xa0;; videz-les d’abord</translation>
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
        <translation>aucun atelier avec l’identifiant {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/checkout.py" line="152"/>
        <source>workshop &apos;{title}&apos; in this file was checked out from {library}; check it in there rather than checking it out again</source>
        <translation>l’atelier « {title} » de ce fichier a été extrait de {library} ; réintégrez-le là-bas plutôt que de l’extraire à nouveau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/checkout.py" line="159"/>
        <source>workshop &apos;{title}&apos; is already checked out to {file} by {who} since {at}</source>
        <translation>l’atelier « {title} » est déjà extrait vers {file} par {who} depuis {at}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/checkout.py" line="188"/>
        <source>workshop &apos;{title}&apos; is not checked out; nothing was changed</source>
        <translation>l’atelier « {title} » n’est pas extrait ; rien n’a été modifié</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/checkout.py" line="198"/>
        <source>{file}: {reason}; nothing was changed</source>
        <translation>{file} : {reason} ; rien n’a été modifié</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/checkout.py" line="208"/>
        <source>not a workshop checked out from a library</source>
        <translation>pas un atelier extrait d’une bibliothèque</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/checkout.py" line="213"/>
        <source>already checked in on {at}</source>
        <translation>déjà réintégré le {at}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/checkout.py" line="233"/>
        <source>it holds workshop {held}, not workshop {id}</source>
        <translation>il contient l’atelier {held}, pas l’atelier {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/checkout.py" line="258"/>
        <source>it was checked out from {library}, not from this library</source>
        <translation>il a été extrait de {library}, pas de cette bibliothèque</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/checkout.py" line="266"/>
        <source>workshop {id} is no longer checked out to this file (released, or checked out again since)</source>
        <translation>l’atelier {id} n’est plus extrait vers ce fichier (libéré, ou extrait à nouveau depuis)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/rows.py" line="367"/>
        <source>this would delete %n rating(s) that participants entered; ratings are only removed by discarding their round (Workshop menu)</source>
        <translation>
            <numerusform>cela supprimerait %n évaluation saisie par les participants&#xa0;; les évaluations ne sont supprimées qu’en abandonnant leur tour (menu Atelier)</numerusform>
            <numerusform>cela supprimerait %n évaluations saisies par les participants&#xa0;; les évaluations ne sont supprimées qu’en abandonnant leur tour (menu Atelier)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/integrity.py" line="22"/>
        <location filename="../src/pmo_tmo_desktop/services/integrity.py" line="39"/>
        <source>another {what} already has this {field}</source>
        <translation>un autre enregistrement de type {what} a déjà cette valeur de {field}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/integrity.py" line="26"/>
        <location filename="../src/pmo_tmo_desktop/services/integrity.py" line="43"/>
        <source>it is still used elsewhere, or refers to something missing</source>
        <translation>il est encore utilisé ailleurs ou fait référence à un élément manquant</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/integrity.py" line="29"/>
        <location filename="../src/pmo_tmo_desktop/services/integrity.py" line="45"/>
        <source>the value breaks the rule &apos;{rule}&apos;</source>
        <translation>la valeur enfreint la règle «&#xa0;{rule}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/rows.py" line="492"/>
        <source>this step no longer applies: what it changed has since been removed (a discarded round, a deleted record)</source>
        <translation>cette étape ne s’applique plus&#xa0;: ce qu’elle modifiait a été supprimé depuis (un tour abandonné, un enregistrement supprimé)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/templates.py" line="23"/>
        <source>unknown template &apos;{name}&apos; (choose {names})</source>
        <translation>modèle inconnu «&#xa0;{name}&#xa0;» (au choix&#xa0;: {names})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="39"/>
        <source>participants</source>
        <translation>des participants</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="41"/>
        <source>criteria</source>
        <translation>des critères</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="43"/>
        <source>proposals</source>
        <translation>des propositions</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="48"/>
        <source>nothing can be rated yet: add {missing} on the Set-up page first</source>
        <translation>rien à noter pour l’instant : ajoutez d’abord {missing} sur la page Préparation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="61"/>
        <source>a round is already open; close it first</source>
        <translation>un tour d’évaluation est déjà ouvert&#xa0;; fermez-le d’abord</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="111"/>
        <source>no round is open; there is no round to close</source>
        <translation>aucun tour n’est ouvert&#xa0;; il n’y a aucun tour à clore</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="139"/>
        <source>no round with id {id}</source>
        <translation>aucun tour d’évaluation avec l’identifiant {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="144"/>
        <source>this round is closed; ratings can no longer change</source>
        <translation>ce tour d’évaluation est clos&#xa0;; les évaluations ne peuvent plus être modifiées</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="148"/>
        <source>no criterion with id {id}</source>
        <translation>aucun critère avec l’identifiant {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="307"/>
        <source>this workshop has no round to discard</source>
        <translation>cet atelier n’a aucun tour à abandonner</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="325"/>
        <source>say why the round is discarded</source>
        <translation>indiquez pourquoi le tour est abandonné</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="335"/>
        <source>the round changed; try again</source>
        <translation>le tour a changé&#xa0;; réessayez</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="343"/>
        <source>Round {n} discarded with its ratings ({counts})</source>
        <translation>Tour {n} abandonné avec ses évaluations ({counts})</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="349"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n évaluation</numerusform>
            <numerusform>%n évaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="350"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="165"/>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="158"/>
        <source>{criterion}: {value} is outside the scale {low}–{high}</source>
        <translation>{criterion}&#xa0;: {value} est hors de l’échelle {low}–{high}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/closing.py" line="232"/>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="391"/>
        <source>decision: must be approve, reject, defer or needs-information</source>
        <translation>décision&#xa0;: doit être «&#xa0;approuver&#xa0;», «&#xa0;rejeter&#xa0;», «&#xa0;reporter&#xa0;» ou «&#xa0;informations requises&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results.py" line="117"/>
        <source>workshop {id} has no round {n}</source>
        <translation>l’atelier {id} n’a pas de tour {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/results.py" line="270"/>
        <source>round {n} is blind and still open; close it before printing results</source>
        <translation>le tour {n} est à l’aveugle et encore ouvert&#xa0;; fermez-le avant d’imprimer les résultats</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/transfer.py" line="151"/>
        <source>activity &apos;{name}&apos; is in several phases ({phases}); add a Phase column to say which</source>
        <translation>l’activité «&#xa0;{name}&#xa0;» figure dans plusieurs phases ({phases})&#xa0;; ajoutez une colonne Phase pour préciser laquelle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/transfer.py" line="338"/>
        <location filename="../src/pmo_tmo_desktop/services/transfer.py" line="375"/>
        <source>Unassigned</source>
        <translation>Sans affectation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="258"/>
        <source>workshop &apos;{title}&apos; has no participants</source>
        <translation>l’atelier «&#xa0;{title}&#xa0;» n’a aucun participant</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="262"/>
        <source>workshop &apos;{title}&apos; needs criteria and proposals to rate</source>
        <translation>l’atelier «&#xa0;{title}&#xa0;» a besoin de critères et de propositions à évaluer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="325"/>
        <source>no ballot files given</source>
        <translation>aucun fichier de bulletin fourni</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="334"/>
        <source>a second ballot of {name} in this import (the first is {file})</source>
        <translation>un deuxième bulletin de {name} dans cette importation (le premier est {file})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="356"/>
        <source>workshop &apos;{title}&apos; is closed; ballots can no longer be imported</source>
        <translation>l’atelier «&#xa0;{title}&#xa0;» est clôturé&#xa0;; les bulletins ne peuvent plus être importés</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="380"/>
        <source>no round is open: open the next round (Rating page, or pmo-tmo round open) before importing ballots into it</source>
        <translation>aucun tour n’est ouvert&#xa0;: ouvrez le tour suivant (page Évaluation, ou pmo-tmo round open) avant d’y importer des bulletins</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_setup.py" line="76"/>
        <source>choose another workshop to copy from than this one</source>
        <translation>choisissez comme source de la copie un autre atelier que celui-ci</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_setup.py" line="79"/>
        <source>choose participants, criteria or both</source>
        <translation>choisissez les participants, les critères ou les deux</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pairwise.py" line="45"/>
        <source>no participant with id {id}</source>
        <translation>aucun participant avec l’identifiant {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pairwise.py" line="67"/>
        <source>no criterion with id {id} in this workshop</source>
        <translation>aucun critère avec l’identifiant {id} dans cet atelier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pairwise.py" line="72"/>
        <source>a criterion is not compared with itself</source>
        <translation>un critère ne se compare pas à lui-même</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pairwise.py" line="78"/>
        <source>{a} vs {b}: {value} is not on the 1/9 to 9 scale of importance</source>
        <translation>{a} face à {b}&#xa0;: {value} n’est pas sur l’échelle d’importance de 1/9 à 9</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pairwise.py" line="182"/>
        <source>nobody has compared the criteria pairwise yet</source>
        <translation>personne n’a encore comparé les critères par paires</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/pairwise.py" line="185"/>
        <source>the comparisons do not link every criterion yet: {names} cut off; compare them with the others first</source>
        <translation>les comparaisons ne relient pas encore tous les critères (sans lien&#xa0;: {names})&#xa0;; comparez-les d’abord aux autres</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/portfolio_setup.py" line="34"/>
        <source>no proposal with id {id}</source>
        <translation>aucune proposition avec l’identifiant {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/portfolio_setup.py" line="42"/>
        <source>{field}: no proposal with id {id} in this workshop</source>
        <translation>{field}&#xa0;: aucune proposition avec l’identifiant {id} dans cet atelier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/versions.py" line="81"/>
        <source>The cell {activity} / {role}</source>
        <translation>La cellule {activity} / {role}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/versions.py" line="112"/>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/versions.py" line="114"/>
        <source>{record} was removed since; nothing was changed</source>
        <translation>{record} a été supprimé entre-temps ; rien n’a été modifié</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/versions.py" line="118"/>
        <source>This step cannot be undone: {record} was changed by {who} at {when} since; nothing was changed</source>
        <translation>Cette étape ne peut pas être annulée : {record} a été modifié par {who} à {when} depuis ; rien n’a été modifié</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/versions.py" line="124"/>
        <source>{record} was changed by {who} at {when} since you read it; your value {value} was kept, nothing was saved</source>
        <translation>{record} a été modifié par {who} à {when} depuis votre lecture ; votre valeur {value} est conservée, rien n’a été enregistré</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/versions.py" line="135"/>
        <source>{record} was changed by {who} at {when} since you read it; nothing was deleted</source>
        <translation>{record} a été modifié par {who} à {when} depuis votre lecture ; rien n’a été supprimé</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="59"/>
        <source>This workshop is closed. Its participants, criteria and proposals can no longer change; the agenda and its minutes can.</source>
        <translation>Cet atelier est clôturé. Ses participants, critères et propositions ne peuvent plus changer&#xa0;; l’ordre du jour et son compte rendu, si.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="68"/>
        <source>&amp;Participants ({n})</source>
        <translation>&amp;Participants ({n})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="69"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="70"/>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="71"/>
        <source>Add a participant in the office of the selected one and type the name</source>
        <translation>Ajouter un participant dans le bureau du participant sélectionné et saisir son nom</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="72"/>
        <source>Delete participant</source>
        <translation>Supprimer le participant</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="73"/>
        <source>Participant {n}</source>
        <translation>Participant {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="81"/>
        <source>&amp;Criteria ({n})</source>
        <translation>C&amp;ritères ({n})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="82"/>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="83"/>
        <source>Add criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="84"/>
        <source>Add a criterion and type its name</source>
        <translation>Ajouter un critère et saisir son nom</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="85"/>
        <source>Delete criterion</source>
        <translation>Supprimer le critère</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="86"/>
        <source>Criterion {n}</source>
        <translation>Critère {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="94"/>
        <source>P&amp;roposals ({n})</source>
        <translation>Pr&amp;opositions ({n})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="95"/>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="96"/>
        <source>Add proposal</source>
        <translation>Ajouter une proposition</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="97"/>
        <source>Add a proposal and type its title</source>
        <translation>Ajouter une proposition et saisir son titre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="98"/>
        <source>Delete proposal</source>
        <translation>Supprimer la proposition</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="99"/>
        <source>Proposal {n}</source>
        <translation>Proposition {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="108"/>
        <source>Groups ({n})</source>
        <translation>Groupes ({n})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="109"/>
        <source>Groups of alternatives</source>
        <translation>Groupes d’alternatives</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="110"/>
        <source>Add group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="111"/>
        <source>Add a group of alternative proposals and type its name</source>
        <translation>Ajouter un groupe de propositions alternatives et saisir son nom</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="112"/>
        <source>Delete group</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="113"/>
        <source>Group {n}</source>
        <translation>Groupe {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="121"/>
        <source>Proposals that are alternatives name one group in their Group column; at most the group&apos;s number of them is funded (a group not listed here: 1).</source>
        <translation>Les propositions qui sont des alternatives indiquent un groupe dans leur colonne Groupe&#xa0;; au plus le nombre fixé pour le groupe en est financé (groupe non listé ici&#xa0;: 1).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="130"/>
        <source>A&amp;genda ({n})</source>
        <translation>Ordre du &amp;jour ({n})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="131"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="132"/>
        <source>Add agenda item</source>
        <translation>Ajouter un point à l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="133"/>
        <source>Add an agenda item and type its title</source>
        <translation>Ajouter un point à l’ordre du jour et saisir son titre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="134"/>
        <source>Delete agenda item</source>
        <translation>Supprimer le point de l’ordre du jour</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="135"/>
        <source>Agenda item {n}</source>
        <translation>Point {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="152"/>
        <source>Cop&amp;y from earlier workshop…</source>
        <translation>&amp;Copier depuis un atelier précédent…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="154"/>
        <source>Copy the participants and criteria of another workshop into this one</source>
        <translation>Copier les participants et les critères d’un autre atelier dans celui-ci</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="160"/>
        <source>F2 or double-click edits a cell · Enter commits · Ins adds · Del deletes · Ctrl+Up / Ctrl+Down change the order</source>
        <translation>F2 ou double-clic modifie une cellule · Entrée valide · Inser ajoute · Suppr supprime · Ctrl+Haut / Ctrl+Bas changent l’ordre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="79"/>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="85"/>
        <source>No start time (e.g. 09:00)</source>
        <translation>Pas d’heure de début (p. ex. 09:00)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="89"/>
        <source>With a start time the agenda, the projector and the minutes show clock times.</source>
        <translation>Avec une heure de début, l’ordre du jour, le projecteur et le compte rendu affichent des heures d’horloge.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="98"/>
        <source>Named</source>
        <translation>Nominatif</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="99"/>
        <source>Office-tagged</source>
        <translation>Par bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="100"/>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="109"/>
        <source>No budget set</source>
        <translation>Aucun budget défini</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="112"/>
        <source>None (e.g. People)</source>
        <translation>Aucune (p. ex. Personnes)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="115"/>
        <source>What else the proposals draw on besides money; each proposal&apos;s use of it is in the Proposals list</source>
        <translation>Ce que les propositions mobilisent en plus de l’argent&#xa0;; le besoin de chaque proposition figure dans la liste des propositions</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="123"/>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="131"/>
        <source>Proposals whose dissent (the spread of the participants&apos; scores: 0 is full agreement, 1 a room split into two extremes) is at or above this are flagged.</source>
        <translation>Les propositions dont la dissension (dispersion des scores des participants&#xa0;: 0 signifie un accord total, 1 une salle divisée en deux extrêmes) atteint ou dépasse cette valeur sont signalées.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="141"/>
        <source>Workshop title</source>
        <translation>Titre de l’atelier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="142"/>
        <source>Workshop date</source>
        <translation>Date de l’atelier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="143"/>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="144"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="145"/>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="146"/>
        <source>Anonymity of ratings</source>
        <translation>Anonymat des évaluations</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="147"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="148"/>
        <source>Second resource</source>
        <translation>Seconde ressource</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="149"/>
        <source>Second resource&apos;s limit</source>
        <translation>Limite de la seconde ressource</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="150"/>
        <source>Dissent threshold</source>
        <translation>Seuil de dissension</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="151"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="176"/>
        <source>&amp;Title:</source>
        <translation>Titr&amp;e&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="177"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="178"/>
        <source>&amp;Starts at:</source>
        <translation>&amp;Heure de début&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="179"/>
        <source>P&amp;lace:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="180"/>
        <source>Fac&amp;ilitator:</source>
        <translation>Ani&amp;mation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="185"/>
        <source>&amp;Anonymity:</source>
        <translation>Anon&amp;ymat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="189"/>
        <source>limit:</source>
        <translation>limite&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="193"/>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="194"/>
        <source>Second resource:</source>
        <translation>Seconde ressource&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="198"/>
        <source>Dissent threshold (ma&amp;x 1):</source>
        <translation>Seuil de dissension (ma&amp;x 1)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="200"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="210"/>
        <source>Everyone&apos;s ratings are shown with their names once a round is revealed.</source>
        <translation>Les évaluations de chacun sont affichées avec son nom une fois le tour révélé.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="214"/>
        <source>Ratings are shown by office (PMO, TMO…), never by person.</source>
        <translation>Les évaluations sont affichées par bureau (PMO, TMO…), jamais par personne.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_fields.py" line="217"/>
        <source>Ratings are shown with no names and no offices, only as totals.</source>
        <translation>Les évaluations sont affichées sans noms ni bureaux, uniquement sous forme de totaux.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="235"/>
        <source>This workshop has ratings: weights, directions and scales change its results, and a scale that would leave given ratings outside it is refused.</source>
        <translation>Cet atelier a des évaluations&#xa0;: les pondérations, sens et échelles modifient ses résultats, et une échelle qui exclurait des notes déjà données est refusée.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="244"/>
        <source>without office</source>
        <translation>sans bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="251"/>
        <source>&lt;b&gt;Participants:&lt;/b&gt; {people}</source>
        <translation>&lt;b&gt;Participants&#xa0;:&lt;/b&gt; {people}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="252"/>
        <source>&lt;b&gt;Agenda:&lt;/b&gt; {hours} h {minutes:02d} min</source>
        <translation>&lt;b&gt;Ordre du jour&#xa0;:&lt;/b&gt; {hours} h {minutes:02d} min</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="259"/>
        <source>&lt;b&gt;Proposals ask for:&lt;/b&gt; {cost}</source>
        <translation>&lt;b&gt;Montant demandé&#xa0;:&lt;/b&gt; {cost}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="263"/>
        <source>&lt;b&gt;Budget:&lt;/b&gt; {budget}</source>
        <translation>&lt;b&gt;Budget&#xa0;:&lt;/b&gt; {budget}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="269"/>
        <source>&lt;b&gt;Ratings given:&lt;/b&gt; {n}</source>
        <translation>&lt;b&gt;Évaluations données&#xa0;:&lt;/b&gt; {n}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="295"/>
        <source>The decision taken on it goes with it.</source>
        <translation>La décision prise à son sujet est supprimée en même temps.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="300"/>
        <source>%n action item(s) refer to it; they stay, without it.</source>
        <translation>
            <numerusform>%n action y fait référence&#xa0;; elle est conservée, sans ce lien.</numerusform>
            <numerusform>%n actions y font référence&#xa0;; elles sont conservées, sans ce lien.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="320"/>
        <source>Rename workshop</source>
        <translation>Renommer l’atelier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="321"/>
        <source>Change workshop date</source>
        <translation>Changer la date de l’atelier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="322"/>
        <source>Change start time</source>
        <translation>Modifier l’heure de début</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="323"/>
        <source>Change workshop place</source>
        <translation>Changer le lieu de l’atelier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="324"/>
        <source>Change facilitator</source>
        <translation>Changer l’animation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="325"/>
        <source>Change anonymity</source>
        <translation>Changer l’anonymat</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="326"/>
        <source>Change budget</source>
        <translation>Changer le budget</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="327"/>
        <source>Rename the second resource</source>
        <translation>Renommer la seconde ressource</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="328"/>
        <source>Change the second resource&apos;s limit</source>
        <translation>Changer la limite de la seconde ressource</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="329"/>
        <source>Change dissent threshold</source>
        <translation>Changer le seuil de dissension</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="330"/>
        <source>Edit workshop notes</source>
        <translation>Modifier les notes de l’atelier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="331"/>
        <source>Change pairwise weights</source>
        <translation>Modifier les pondérations par paires</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="347"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="363"/>
        <source>Copy from an earlier workshop</source>
        <translation>Copier depuis un atelier précédent</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="348"/>
        <source>There is no other workshop to copy from yet.</source>
        <translation>Il n’y a pas encore d’autre atelier à copier.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="357"/>
        <source>Copy set-up from “{workshop}”</source>
        <translation>Copier la préparation de «&#xa0;{workshop}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="365"/>
        <source>Nothing was copied: this workshop already has every name “{w}” has.</source>
        <translation>Rien n’a été copié&#xa0;: cet atelier contient déjà tous les noms de «&#xa0;{w}&#xa0;».</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="149"/>
        <source>Participants, criteria, proposals and agenda</source>
        <translation>Participants, critères, propositions et ordre du jour</translation>
    </message>
</context>
<context>
    <name>SetupPaste</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="113"/>
        <source>no pasted column is the {column} column</source>
        <translation>aucune colonne collée n’est la colonne {column}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="127"/>
        <source>row {row}: the {column} is empty</source>
        <translation>ligne {row}&#xa0;: {column} est vide</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="143"/>
        <source>row {row}, column {column}</source>
        <translation>ligne {row}, colonne {column}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="153"/>
        <source>{where}: &apos;{value}&apos; is none of {offered}</source>
        <translation>{where}&#xa0;: &apos;{value}&apos; n’est aucun de {offered}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="161"/>
        <source>{where}: &apos;{value}&apos; is not a number</source>
        <translation>{where}&#xa0;: &apos;{value}&apos; n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="279"/>
        <source>Nothing to paste: copy rows of a spreadsheet first (one row per line).</source>
        <translation>Rien à coller&#xa0;: copiez d’abord des lignes d’un tableur (une ligne de tableur par ligne).</translation>
    </message>
</context>
<context>
    <name>SetupSection</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="117"/>
        <source>F2 edits the current cell, Enter commits, Insert adds, Delete deletes, Ctrl+Up and Ctrl+Down move the row</source>
        <translation>F2 modifie la cellule courante, Entrée valide, Inser ajoute, Suppr supprime, Ctrl+Haut et Ctrl+Bas déplacent la ligne</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="140"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="141"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="142"/>
        <source>Paste rows</source>
        <translation>Coller des lignes</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="145"/>
        <source>Delete the selected row</source>
        <translation>Supprimer la ligne sélectionnée</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="146"/>
        <source>Move the selected row up</source>
        <translation>Monter la ligne sélectionnée</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="147"/>
        <source>Move the selected row down</source>
        <translation>Descendre la ligne sélectionnée</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="271"/>
        <source>Rename “{name}”</source>
        <translation>Renommer «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="273"/>
        <source>Edit “{name}”</source>
        <translation>Modifier «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="314"/>
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>Coller %n ligne</numerusform>
            <numerusform>Coller %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="335"/>
        <source>“{name}” holds %n rating(s) that participants entered, so it cannot be deleted: ratings are removed only by discarding their round (Rating page). Rename it instead, if it was only misnamed.</source>
        <translation>
            <numerusform>«&#xa0;{name}&#xa0;» contient %n évaluation saisie par les participants, ce qui empêche sa suppression&#xa0;: les évaluations ne sont supprimées qu’en abandonnant leur tour (page Évaluation). Si seul le nom est erroné, renommez plutôt l’élément.</numerusform>
            <numerusform>«&#xa0;{name}&#xa0;» contient %n évaluations saisies par les participants, ce qui empêche sa suppression&#xa0;: les évaluations ne sont supprimées qu’en abandonnant leur tour (page Évaluation). Si seul le nom est erroné, renommez plutôt l’élément.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="345"/>
        <source>Delete “{name}”?</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="346"/>
        <source>Undo brings everything back.</source>
        <translation>Annuler rétablit tout.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="347"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="351"/>
        <source>Delete “{name}”</source>
        <translation>Supprimer «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="370"/>
        <source>Move “{name}” up</source>
        <translation>Monter «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="372"/>
        <source>Move “{name}” down</source>
        <translation>Descendre «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SetupTableModel</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="158"/>
        <source>No office</source>
        <translation>Aucun bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="161"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="195"/>
        <source>Higher is better</source>
        <translation>Plus élevé = meilleur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="162"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup_models.py" line="194"/>
        <source>Lower is better</source>
        <translation>Plus bas = meilleur</translation>
    </message>
</context>
<context>
    <name>WeightSliders</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weight_sliders.py" line="63"/>
        <source>Weight of {criterion}</source>
        <translation>Pondération de {criterion}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weight_sliders.py" line="73"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weight_sliders.py" line="115"/>
        <source>{weight} (set {set})</source>
        <translation>{weight} (fixée à {set})</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="69"/>
        <source>Criteria weights</source>
        <translation>Pondérations des critères</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="76"/>
        <source>Weights by criterion</source>
        <translation>Pondérations par critère</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="80"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="81"/>
        <source>Participants who compared</source>
        <translation>Participants ayant comparé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="83"/>
        <source>Consistency ratio</source>
        <translation>Ratio de cohérence</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="88"/>
        <source>Least consistent answer</source>
        <translation>Réponse la moins cohérente</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="89"/>
        <source>Pairs not compared</source>
        <translation>Paires non comparées</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="94"/>
        <source>Consistency of the comparisons</source>
        <translation>Cohérence des comparaisons</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="100"/>
        <source>&amp;Adopt Group Weights</source>
        <translation>&amp;Adopter les pondérations du groupe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="103"/>
        <source>Write the group&apos;s weights into the criteria and score the results with them; Undo takes it back</source>
        <translation>Reporter les pondérations du groupe dans les critères et calculer les résultats avec elles&#xa0;; Annuler revient en arrière</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="108"/>
        <source>&amp;Keep Set Weights</source>
        <translation>&amp;Conserver les pondérations fixées</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="109"/>
        <source>Put the weights set by hand back in force</source>
        <translation>Remettre en vigueur les pondérations fixées à la main</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="133"/>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="134"/>
        <source>Weight in force</source>
        <translation>Pondération en vigueur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="135"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="152"/>
        <source>Office-tagged or anonymous workshop: nobody&apos;s own weights are shown, and an office&apos;s or the group&apos;s only once two of its participants compared the criteria (— withheld).</source>
        <translation>Atelier par bureau ou anonyme&#xa0;: les pondérations individuelles ne sont jamais affichées, et celles d’un bureau ou du groupe seulement quand deux de ses participants ont comparé les critères (— masqué).</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="159"/>
        <source>A consistency ratio up to {limit} is usually accepted.</source>
        <translation>Un ratio de cohérence jusqu’à {limit} est généralement accepté.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="168"/>
        <source>&lt;b&gt;In force:&lt;/b&gt; the group&apos;s weights from the pairwise comparisons (AHP), adopted {date}. Results are scored with them.</source>
        <translation>&lt;b&gt;En vigueur&#xa0;:&lt;/b&gt; les pondérations du groupe issues des comparaisons par paires (AHP), adoptées le {date}. Les résultats sont calculés avec elles.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="172"/>
        <source>&lt;b&gt;In force:&lt;/b&gt; the weights set by the facilitator.</source>
        <translation>&lt;b&gt;En vigueur&#xa0;:&lt;/b&gt; les pondérations fixées par l’animateur.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="177"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="179"/>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="225"/>
        <source>{a} vs {b}</source>
        <translation>{a} face à {b}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="229"/>
        <source>Withheld for privacy: fewer than two participants compared</source>
        <translation>Masqué par confidentialité&#xa0;: moins de deux participants ont comparé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="231"/>
        <source>Nobody has compared the criteria yet</source>
        <translation>Personne n’a encore comparé les critères</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="246"/>
        <source>Adopt group weights</source>
        <translation>Adopter les pondérations du groupe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/weights_dialog.py" line="253"/>
        <source>Keep set weights</source>
        <translation>Conserver les pondérations fixées</translation>
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
        <translation>Une seule méthode de réalisation pour le bureau projets et le bureau technique, une matrice RACI fiable pour les deux, et des ateliers où tous deux évaluent ensemble les propositions.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/welcome.py" line="32"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/welcome.py" line="33"/>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/welcome.py" line="34"/>
        <source>Open the &amp;demo workspace</source>
        <translation>Ouvrir l’espace de travail de &amp;démo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/welcome.py" line="40"/>
        <source>&lt;b&gt;Recent workspaces&lt;/b&gt;</source>
        <translation>&lt;b&gt;Espaces de travail récents&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="502"/>
        <source>{ballots} into round {round}: {ratings}; {states}</source>
        <translation>{ballots} dans le tour {round}&#xa0;: {ratings}&#xa0;; {states}</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="503"/>
        <source>Imported %n ballot(s)</source>
        <translation>
            <numerusform>%n bulletin importé</numerusform>
            <numerusform>%n bulletins importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="507"/>
        <source>%n rating(s) written</source>
        <translation>
            <numerusform>%n évaluation écrite</numerusform>
            <numerusform>%n évaluations écrites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="508"/>
        <source>%n can&apos;t judge</source>
        <translation>
            <numerusform>%n « ne peut pas juger »</numerusform>
            <numerusform>%n « ne peut pas juger »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="509"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n retirée</numerusform>
            <numerusform>%n retirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="514"/>
        <source>%n complete</source>
        <translation>
            <numerusform>%n complet</numerusform>
            <numerusform>%n complets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="515"/>
        <source>%n incomplete</source>
        <translation>
            <numerusform>%n incomplet</numerusform>
            <numerusform>%n incomplets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="520"/>
        <source>{name}: {filled} of {cells} cells</source>
        <translation>{name}&#xa0;: {filled} sur {cells} cellules</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="527"/>
        <source>(the round was opened for them)</source>
        <translation>(le tour a été ouvert pour eux)</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="529"/>
        <source>%n pairwise judgement(s) of criteria recorded.</source>
        <translation>
            <numerusform>%n jugement par paires sur les critères consigné.</numerusform>
            <numerusform>%n jugements par paires sur les critères consignés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="63"/>
        <source>role names across, letters in the cells</source>
        <translation>noms des rôles en travers, lettres dans les cellules</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="64"/>
        <source>one column per letter, role names in the cells</source>
        <translation>une colonne par lettre, noms des rôles dans les cellules</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="65"/>
        <source>{layout}; rows without letters are activities, not phases</source>
        <translation>{layout}&#xa0;; les lignes sans lettres sont des activités, pas des phases</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="62"/>
        <source>cannot be read as a workbook ({detail})</source>
        <translation>ne peut pas être lu comme classeur ({detail})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="70"/>
        <source>refused: part {part} declares a DTD or entities (an XML attack?)</source>
        <translation>refusé&#xa0;: la partie {part} déclare une DTD ou des entités (une attaque XML&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="78"/>
        <source>refused: part {part} is not well-formed XML ({detail})</source>
        <translation>refusé&#xa0;: la partie {part} n’est pas du XML bien formé ({detail})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="115"/>
        <source>refused: {count} characters in one cell, more than {limit}</source>
        <translation>refusé&#xa0;: {count} caractères dans une cellule, plus de {limit}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="123"/>
        <source>refused: more than {limit} characters of text</source>
        <translation>refusé&#xa0;: plus de {limit} caractères de texte</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="156"/>
        <source>refused: more than {limit} filled cells</source>
        <translation>refusé&#xa0;: plus de {limit} cellules remplies</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="198"/>
        <source>refused: more than {limit} strings in part {part}</source>
        <translation>refusé&#xa0;: plus de {limit} chaînes dans la partie {part}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="206"/>
        <source>part {part}, string {number}</source>
        <translation>partie {part}, chaîne {number}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="273"/>
        <source>refused: more than {limit} rows</source>
        <translation>refusé&#xa0;: plus de {limit} lignes</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="279"/>
        <source>refused: more than {limit} columns</source>
        <translation>refusé&#xa0;: plus de {limit} colonnes</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/xlsx_read.py" line="311"/>
        <source>cannot be read ({detail})</source>
        <translation>ne peut pas être lu ({detail})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/raci_xlsx_read.py" line="46"/>
        <source>&apos;{reading}&apos; is not a layout ({readings})</source>
        <translation>«&#xa0;{reading}&#xa0;» n’est pas une disposition ({readings})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/raci_xlsx_read.py" line="106"/>
        <source>&apos;{name}&apos; heads no letter column (R, A, C, I, S, V)</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas en tête d’une colonne de lettre (R, A, C, I, S, V)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/exchange/raci_xlsx_rows.py" line="212"/>
        <source>&apos;{value}&apos; is not a role name</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas un nom de rôle</translation>
    </message>
</context>
<context>
    <name>WorkshopListActions</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="80"/>
        <source>New workshop “{title}”</source>
        <translation>Nouvel atelier «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="103"/>
        <source>Delete the workshop “{title}” with everything in it?</source>
        <translation>Supprimer l’atelier «&#xa0;{title}&#xa0;» avec tout son contenu&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="109"/>
        <source>It holds %n rating(s); they go with it.</source>
        <translation>
            <numerusform>Il contient %n évaluation&#xa0;; elle sera supprimée avec lui.</numerusform>
            <numerusform>Il contient %n évaluations&#xa0;; elles seront supprimées avec lui.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="117"/>
        <source>It holds no ratings yet.</source>
        <translation>Il ne contient encore aucune évaluation.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="118"/>
        <source>Undo brings it all back.</source>
        <translation>Annuler rétablit le tout.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="121"/>
        <source>Delete workshop</source>
        <translation>Supprimer l’atelier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="123"/>
        <source>Delete Workshop</source>
        <translation>Supprimer l’atelier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="127"/>
        <source>Delete workshop “{title}”</source>
        <translation>Supprimer l’atelier «&#xa0;{title}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>WorkshopMenu</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_files.py" line="19"/>
        <source>Save a blank set-up workbook</source>
        <translation>Enregistrer un classeur de préparation vierge</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_files.py" line="21"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_files.py" line="31"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_files.py" line="45"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_files.py" line="63"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_files.py" line="29"/>
        <source>New workshop from a set-up workbook</source>
        <translation>Nouvel atelier à partir d’un classeur de préparation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_files.py" line="38"/>
        <source>Folder for the ballots</source>
        <translation>Dossier des bulletins</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_files.py" line="44"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_files.py" line="49"/>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_files.py" line="61"/>
        <source>Import filled ballots</source>
        <translation>Importer les bulletins remplis</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="60"/>
        <source>&amp;Workshop</source>
        <translation>A&amp;telier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="62"/>
        <source>&amp;New Workshop…</source>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="65"/>
        <source>&amp;Close Workshop…</source>
        <translation>&amp;Clôturer l’atelier…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="68"/>
        <source>Freeze the workshop; later corrections are recorded as amendments</source>
        <translation>Figer l’atelier&#xa0;; les corrections ultérieures sont consignées comme rectificatifs</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="73"/>
        <source>&amp;Delete Workshop…</source>
        <translation>&amp;Supprimer l’atelier…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="77"/>
        <source>Save a Blank &amp;Set-up Workbook…</source>
        <translation>Enregistrer un classeur de &amp;préparation vierge…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="81"/>
        <source>New Workshop &amp;from Set-up Workbook…</source>
        <translation>Nouvel atelier &amp;depuis un classeur de préparation…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="86"/>
        <source>&amp;Export Ballots…</source>
        <translation>&amp;Exporter les bulletins…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="89"/>
        <source>&amp;Import Filled Ballots…</source>
        <translation>&amp;Importer les bulletins remplis…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="93"/>
        <source>Discard Las&amp;t Round…</source>
        <translation>Abandonner le dernier &amp;tour…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="97"/>
        <source>Remove the latest round and its ratings, after a backup; recorded with the amendments</source>
        <translation>Supprimer le dernier tour et ses évaluations, après une sauvegarde&#xa0;; consigné avec les rectificatifs</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="109"/>
        <source>Print &amp;QR Name Cards…</source>
        <translation>Imprimer les cartes nominatives à code &amp;QR…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="112"/>
        <source>A card for each participant: their personal link to the room as a QR code, and their personal code</source>
        <translation>Une carte par participant&#xa0;: son lien personnel vers la salle sous forme de code QR, et son code personnel</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="122"/>
        <source>&amp;Minutes (PDF)…</source>
        <translation>Compte rend&amp;u (PDF)…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="125"/>
        <source>Meeting &amp;Pack…</source>
        <translation>D&amp;ossier de séance…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="128"/>
        <source>&amp;Results Workbook…</source>
        <translation>Classeur des &amp;résultats…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="209"/>
        <source>Round {n} is still open. Close it on the Rating page first: you will see who has not finished their ballot before it is revealed.</source>
        <translation>Le tour {n} est encore ouvert. Fermez-le d’abord sur la page Évaluation&#xa0;: vous verrez qui n’a pas terminé son bulletin avant qu’il soit révélé.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="216"/>
        <source>Close the workshop “{title}”?</source>
        <translation>Clôturer l’atelier «&#xa0;{title}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="219"/>
        <source>Closing freezes ratings, decisions and actions; later corrections are recorded as amendments.</source>
        <translation>La clôture fige les évaluations, décisions et actions&#xa0;; les corrections ultérieures sont consignées comme rectificatifs.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="287"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="288"/>
        <source>%n criteria</source>
        <translation>
            <numerusform>%n critère</numerusform>
            <numerusform>%n critères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="289"/>
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n proposition</numerusform>
            <numerusform>%n propositions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="293"/>
        <source>Created the workshop “{title}” from {file}: {counts}</source>
        <translation>Atelier «&#xa0;{title}&#xa0;» créé à partir de {file}&#xa0;: {counts}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="452"/>
        <source>name cards</source>
        <comment>a file name</comment>
        <translation>cartes nominatives</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="462"/>
        <source>Name cards</source>
        <translation>Cartes nominatives</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="468"/>
        <source>Wrote {file}; its links point to {url}</source>
        <translation>{file} enregistré&#xa0;; ses liens pointent vers {url}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="208"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="226"/>
        <source>Close workshop</source>
        <translation>Clôturer l’atelier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="228"/>
        <source>Close Workshop</source>
        <translation>Clôturer l’atelier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="232"/>
        <source>Close workshop “{title}”</source>
        <translation>Clôturer l’atelier «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="256"/>
        <source>Set-up workbook</source>
        <translation>Classeur de préparation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="276"/>
        <source>New workshop from set-up workbook</source>
        <translation>Nouvel atelier à partir d’un classeur de préparation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="311"/>
        <source>Ballots</source>
        <translation>Bulletins</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="317"/>
        <source>Wrote %n ballot(s)</source>
        <translation>
            <numerusform>%n bulletin écrit</numerusform>
            <numerusform>%n bulletins écrits</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="331"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="340"/>
        <source>Import ballots</source>
        <translation>Importer les bulletins</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="413"/>
        <source>Meeting pack</source>
        <translation>Dossier de séance</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="419"/>
        <source>Cancelled after %n file(s)</source>
        <translation>
            <numerusform>Annulé après %n fichier</numerusform>
            <numerusform>Annulé après %n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="427"/>
        <source>Wrote %n file(s) to {folder}</source>
        <translation>
            <numerusform>%n fichier écrit dans {folder}</numerusform>
            <numerusform>%n fichiers écrits dans {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="45"/>
        <source>Close Room for P&amp;hones</source>
        <translation>Fermer la salle aux télép&amp;hones</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/room_control.py" line="46"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="105"/>
        <source>Open Room for P&amp;hones…</source>
        <translation>Ouvrir la salle aux télép&amp;hones…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="26"/>
        <source>Check out the workshop to a file</source>
        <translation>Extraire l’atelier vers un fichier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="28"/>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="38"/>
        <source>PMO–TMO workspaces (*.pmotmo)</source>
        <translation>Espaces de travail PMO–TMO (*.pmotmo)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="36"/>
        <source>Check in a workshop from its file</source>
        <translation>Réintégrer un atelier depuis son fichier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="58"/>
        <source>Chec&amp;k Out for the Room…</source>
        <translation>Extraire pour la séance hors li&amp;gne…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="61"/>
        <source>Copy the workshop into a file for a session offline; it stays read-only here until it is checked in</source>
        <translation>Copier l’atelier dans un fichier pour une séance hors ligne ; il reste en lecture seule ici jusqu’à sa réintégration</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="69"/>
        <source>Check In from Fi&amp;le…</source>
        <translation>Remettre à &amp;jour depuis le fichier…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="78"/>
        <source>Workshops offline</source>
        <translation>Ateliers hors ligne</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="98"/>
        <source>Checked out &apos;{title}&apos; to {file}. Open that file for the session; the workshop is read-only here until it is checked in.</source>
        <translation>« {title} » extrait vers {file}. Ouvrez ce fichier pour la séance ; l’atelier est en lecture seule ici jusqu’à sa réintégration.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="115"/>
        <source>Check in</source>
        <translation>Réintégrer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/shell/checkout_menu.py" line="124"/>
        <source>Checked in &apos;{title}&apos; from {file}; it may be changed here again.</source>
        <translation>« {title} » réintégré depuis {file} ; il peut de nouveau être modifié ici.</translation>
    </message>
</context>
<context>
    <name>WorkshopsArea</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="123"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="124"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="125"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="130"/>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="148"/>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="149"/>
        <source>Sponsor</source>
        <translation>Commanditaire</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="150"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="151"/>
        <source>Benefit</source>
        <translation>Bénéfice</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="152"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="157"/>
        <source>Proposals of the workshop</source>
        <translation>Propositions de l’atelier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="173"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="192"/>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="193"/>
        <source>Live</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="194"/>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="199"/>
        <source>Open</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="294"/>
        <source>round {n}: {status}, {ratings}</source>
        <translation>tour {n}&#xa0;: {status}, {ratings}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="317"/>
        <source>&lt;b&gt;Agenda:&lt;/b&gt; {items} · &lt;b&gt;Actions:&lt;/b&gt; {a} ({open} open)</source>
        <translation>&lt;b&gt;Ordre du jour&#xa0;:&lt;/b&gt; {items} · &lt;b&gt;Actions&#xa0;:&lt;/b&gt; {a} ({open} en cours)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="288"/>
        <source>no office</source>
        <translation>aucun bureau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="296"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="296"/>
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="300"/>
        <source>no rounds yet</source>
        <translation>aucun tour pour l’instant</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="304"/>
        <source>&lt;b&gt;Date:&lt;/b&gt; {date} · &lt;b&gt;Place:&lt;/b&gt; {place} · &lt;b&gt;Facilitator:&lt;/b&gt; {who}</source>
        <translation>&lt;b&gt;Date&#xa0;:&lt;/b&gt; {date} · &lt;b&gt;Lieu&#xa0;:&lt;/b&gt; {place} · &lt;b&gt;Animation&#xa0;:&lt;/b&gt; {who}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="310"/>
        <source>&lt;b&gt;Participants:&lt;/b&gt; {n} ({people})</source>
        <translation>&lt;b&gt;Participants&#xa0;:&lt;/b&gt; {n} ({people})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="313"/>
        <source>&lt;b&gt;Criteria:&lt;/b&gt; {names}</source>
        <translation>&lt;b&gt;Critères&#xa0;:&lt;/b&gt; {names}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="316"/>
        <source>&lt;b&gt;Rounds:&lt;/b&gt; {rounds}</source>
        <translation>&lt;b&gt;Tours d’évaluation&#xa0;:&lt;/b&gt; {rounds}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/workshops_view.py" line="172"/>
        <source>Pages of the workshop</source>
        <translation>Pages de l’atelier</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/files.py" line="55"/>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="549"/>
        <source>{file}: already exists</source>
        <translation>{file}&#xa0;: existe déjà</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/files.py" line="115"/>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="297"/>
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/files.py" line="226"/>
        <source>{file}: already exists; nothing was changed</source>
        <translation>{file} : existe déjà ; rien n’a été modifié</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="57"/>
        <source>{file}: the file is damaged ({detail}); it was not changed.</source>
        <translation>{file}&#xa0;: le fichier est endommagé ({detail})&#xa0;; il n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="61"/>
        <source>Newest good backup: {backup}</source>
        <translation>Dernière sauvegarde saine&#xa0;: {backup}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="69"/>
        <source>{file}: no such file</source>
        <translation>{file}&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="71"/>
        <source>{file}: not a file</source>
        <translation>{file}&#xa0;: n’est pas un fichier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="76"/>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file}&#xa0;: lecture impossible ({reason})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="82"/>
        <source>{file}: not a PMO–TMO workspace (not an SQLite database)</source>
        <translation>{file}&#xa0;: pas un espace de travail PMO–TMO (pas une base de données SQLite)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="88"/>
        <source>{file}: not a PMO–TMO workspace (a database of another application)</source>
        <translation>{file}&#xa0;: pas un espace de travail PMO–TMO (base de données d’une autre application)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="115"/>
        <source>{file}: not a PMO–TMO workspace (it has no schema version)</source>
        <translation>{file}&#xa0;: pas un espace de travail PMO–TMO (aucune version de schéma)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="122"/>
        <source>{file} was written by a newer version of PMO–TMO Desktop (schema {found}); this version reads up to schema {head}. Update the app to open it; the file was not changed.</source>
        <translation>{file} a été écrit par une version plus récente de PMO–TMO Desktop (schéma {found})&#xa0;; cette version lit jusqu’au schéma {head}. Mettez l’application à jour pour l’ouvrir&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="265"/>
        <source>{file} is closed; nothing was read or changed</source>
        <translation>{file} est fermé ; rien n’a été lu ni modifié</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="332"/>
        <source>{file} is open read-only; a backup cannot be restored into it</source>
        <translation>{file} est ouvert en lecture seule&#xa0;; impossible d’y restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/transfer.py" line="98"/>
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="80"/>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="251"/>
        <source>{file} is open read-only; nothing can be changed</source>
        <translation>{file} est ouvert en lecture seule&#xa0;; aucune modification n’est possible</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/migrate.py" line="92"/>
        <source>{file}: the upgrade left {count} broken references</source>
        <translation>{file}&#xa0;: la mise à niveau a laissé {count} références rompues</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="412"/>
        <source>{file} cannot be written here ({where} is read-only)</source>
        <translation>{file} ne peut pas être écrit ici ({where} est en lecture seule)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="377"/>
        <source>{file} is open in PMO–TMO Desktop ({holder}); close it there before replacing it</source>
        <translation>{file} est ouvert dans PMO–TMO Desktop ({holder})&#xa0;; fermez-le là-bas avant de le remplacer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="458"/>
        <source>{file}: cannot be replaced ({reason})</source>
        <translation>{file}&#xa0;: impossible de le remplacer ({reason})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="414"/>
        <source>{file} cannot be changed here ({where} is read-only); open it read-only</source>
        <translation>{file} ne peut pas être modifié ici ({where} est en lecture seule)&#xa0;; ouvrez-le en lecture seule</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="382"/>
        <source>{file} is already open in PMO–TMO Desktop ({holder}); close it there, or open it read-only</source>
        <translation>{file} est déjà ouvert dans PMO–TMO Desktop ({holder})&#xa0;; fermez-le là-bas ou ouvrez-le en lecture seule</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="403"/>
        <source>{file} has more than one name (a hard link), so it can be opened read-only only; copy the file instead of linking it</source>
        <translation>{file} a plus d’un nom (un lien physique) et ne peut donc être ouvert qu’en lecture seule&#xa0;; copiez le fichier au lieu de le lier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="428"/>
        <source>{file}: cannot be opened for writing ({reason})</source>
        <translation>{file}&#xa0;: ouverture en écriture impossible ({reason})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="471"/>
        <source>{file} cannot be changed: {side} beside it is read-only (left by a program that could only read it); close every program that has it open and delete {side}, or open the workspace read-only</source>
        <translation>{file} ne peut pas être modifié&#xa0;: {side} à côté est en lecture seule (laissé par un programme qui ne pouvait que le lire)&#xa0;; fermez tout programme qui l’a ouvert et supprimez {side}, ou ouvrez l’espace de travail en lecture seule</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="498"/>
        <source>this process</source>
        <translation>ce processus</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="514"/>
        <source>{file} needs an upgrade to this version; open it for writing once</source>
        <translation>{file} doit être mis à niveau vers cette version&#xa0;; ouvrez-le une fois en écriture</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="552"/>
        <source>{file}: give the workspace a file name</source>
        <translation>{file}&#xa0;: donnez un nom de fichier à l’espace de travail</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="398"/>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="556"/>
        <source>{folder}: no such folder</source>
        <translation>{folder}&#xa0;: dossier introuvable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="587"/>
        <source>{file}: cannot be created ({reason})</source>
        <translation>{file}&#xa0;: création impossible ({reason})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="72"/>
        <source>{url}: not a valid library address (postgresql://user@host[:port]/database)</source>
        <translation>{url} : adresse de bibliothèque non valide (postgresql://utilisateur@hôte[:port]/base)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="80"/>
        <source>{url}: name the database (postgresql://user@host[:port]/database)</source>
        <translation>{url} : indiquez la base de données (postgresql://utilisateur@hôte[:port]/base)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="93"/>
        <source>{url}: PostgreSQL support (psycopg) is not installed</source>
        <translation>{url} : la prise en charge de PostgreSQL (psycopg) n’est pas installée</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="131"/>
        <source>{url}: cannot open the library ({reason}); nothing was changed</source>
        <translation>{url} : impossible d’ouvrir la bibliothèque ({reason}) ; rien n’a été modifié</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="172"/>
        <source>{url}: not a PMO–TMO library (the database holds other tables); nothing was changed</source>
        <translation>{url} : pas une bibliothèque PMO–TMO (la base contient d’autres tables) ; rien n’a été modifié</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="181"/>
        <source>{url} was written by a newer version of PMO–TMO Desktop (schema {found}); this version reads up to schema {head}. Update the app to open it; nothing was changed.</source>
        <translation>{url} a été écrite par une version plus récente de PMO–TMO Desktop (schéma {found}) ; cette version lit jusqu’au schéma {head}. Mettez l’application à jour pour l’ouvrir ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="235"/>
        <source>{url}: you may read this library but not change it; nothing was changed</source>
        <translation>{url} : vous pouvez lire cette bibliothèque mais pas la modifier ; rien n’a été modifié</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="279"/>
        <source>{url}: {what} is for workspace files; a team library has none</source>
        <translation>{url} : {what} concerne les fichiers d’espace de travail ; une bibliothèque d’équipe n’en a pas</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="286"/>
        <source>the SQLite setting {name}</source>
        <translation>le réglage SQLite {name}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="300"/>
        <source>restoring a backup</source>
        <translation>la restauration d’une sauvegarde</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="319"/>
        <source>{url}: the database is empty, not a library yet; make it one with pmo-tmo new</source>
        <translation>{url} : la base est vide, ce n’est pas encore une bibliothèque ; créez-la avec pmo-tmo new</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/library.py" line="361"/>
        <source>{url}: the database is not empty; a library is made in an empty database, nothing was changed</source>
        <translation>{url} : la base n’est pas vide ; une bibliothèque se crée dans une base vide, rien n’a été modifié</translation>
    </message>
</context>
</TS>
