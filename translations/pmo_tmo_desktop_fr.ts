<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>App</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/app.py" line="41"/>
        <source>Something went wrong: {error}

Everything you entered before this is saved in the workspace file.</source>
        <translation>Une erreur s’est produite : {error}

Tout ce que vous avez saisi jusqu’ici est enregistré dans le fichier de l’espace de travail.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="43"/>
        <source>Created {file} from the {template} methodology</source>
        <translation>{file} créé à partir de la méthodologie « {template} »</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="55"/>
        <source>Created the demo workspace {file}</source>
        <translation>Espace de travail de démonstration {file} créé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="69"/>
        <source>integrity check: {result}</source>
        <translation>contrôle d’intégrité : {result}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="73"/>
        <source>{n} broken references</source>
        <translation>{n} références rompues</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="90"/>
        <source>{name} ({variant}), schema {schema}, journal {journal}</source>
        <translation>{name} ({variant}), schéma {schema}, journal {journal}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="97"/>
        <source>File integrity: {result}</source>
        <translation>Intégrité du fichier : {result}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="99"/>
        <source>offices</source>
        <translation>bureaux</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="100"/>
        <source>roles</source>
        <translation>rôles</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="101"/>
        <source>phases</source>
        <translation>phases</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="102"/>
        <source>activities</source>
        <translation>activités</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="103"/>
        <source>deliverables</source>
        <translation>livrables</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="104"/>
        <source>control points</source>
        <translation>points de contrôle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="105"/>
        <source>RACI cells filled</source>
        <translation>cellules RACI remplies</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="106"/>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="182"/>
        <source>workshops</source>
        <translation>ateliers</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="107"/>
        <source>proposals</source>
        <translation>propositions</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="108"/>
        <source>ratings</source>
        <translation>évaluations</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="113"/>
        <source>error: {message}</source>
        <translation>erreur : {message}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="138"/>
        <source>No workshops yet.</source>
        <translation>Aucun atelier pour l’instant.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="151"/>
        <source>PMO–TMO Desktop, headless: workspaces, checks and workshops.</source>
        <translation>PMO–TMO Desktop sans interface : espaces de travail, contrôles et ateliers.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="157"/>
        <source>language of the output</source>
        <translation>langue de la sortie</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="174"/>
        <source>a workspace from a starter methodology</source>
        <translation>un espace de travail à partir d’une méthodologie de départ</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="177"/>
        <source>a realistic demo, with a finished workshop</source>
        <translation>une démo réaliste, avec un atelier terminé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="179"/>
        <source>check the file and report what it holds</source>
        <translation>vérifier le fichier et indiquer son contenu</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="188"/>
        <source>the workshops, with ids</source>
        <translation>les ateliers, avec leurs identifiants</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="220"/>
        <source>interrupted; nothing was changed</source>
        <translation>interrompu ; rien n’a été modifié</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/cli.py" line="228"/>
        <source>internal error ({kind}: {error}); please report it</source>
        <translation>erreur interne ({kind} : {error}) ; merci de la signaler</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="79"/>
        <source>Areas</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="90"/>
        <source>Methodology</source>
        <translation>Méthodologie</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="91"/>
        <source>RACI matrix</source>
        <translation>Matrice RACI</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="92"/>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="121"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="122"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="123"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="124"/>
        <source>&amp;Restore Backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="126"/>
        <source>Workspace &amp;Properties…</source>
        <translation>&amp;Propriétés de l’espace de travail…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="129"/>
        <source>&amp;Close Workspace</source>
        <translation>&amp;Fermer l’espace de travail</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="131"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="133"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="135"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="140"/>
        <source>&amp;Methodology</source>
        <translation>&amp;Méthodologie</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="140"/>
        <source>&amp;RACI Matrix</source>
        <translation>Matrice &amp;RACI</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="140"/>
        <source>&amp;Workshops</source>
        <translation>&amp;Ateliers</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="143"/>
        <source>&amp;About PMO–TMO Desktop</source>
        <translation>À &amp;propos de PMO–TMO Desktop</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="147"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="150"/>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="160"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="163"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="166"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="177"/>
        <source>(none yet)</source>
        <translation>(aucun pour l’instant)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="220"/>
        <source>Open Read-Only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="228"/>
        <source>{message}

Open a copy of that backup? The damaged file stays as it is.</source>
        <translation>{message}

Ouvrir une copie de cette sauvegarde ? Le fichier endommagé reste tel quel.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="230"/>
        <source>Open Backup Copy</source>
        <translation>Ouvrir la copie de sauvegarde</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="257"/>
        <source>Opened {file}</source>
        <translation>{file} ouvert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="302"/>
        <source>Restored {file}</source>
        <translation>{file} restauré</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="310"/>
        <source>Backup failed: {error}</source>
        <translation>Échec de la sauvegarde : {error}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="314"/>
        <source>Backed up to {file}</source>
        <translation>Sauvegardé dans {file}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="346"/>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="370"/>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="386"/>
        <source>Change workspace properties</source>
        <translation>modification des propriétés de l’espace de travail</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="394"/>
        <source>About PMO–TMO Desktop</source>
        <translation>À propos de PMO–TMO Desktop</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/main_window.py" line="396"/>
        <source>&lt;h3&gt;PMO–TMO Desktop {version}&lt;/h3&gt;&lt;p&gt;One common delivery methodology for the Project and the Technical Management Office, a RACI matrix that checks their integration, and joint workshops to assess proposals.&lt;/p&gt;&lt;p&gt;Works offline; your data stays in your workspace file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PMO–TMO Desktop {version}&lt;/h3&gt;&lt;p&gt;Une méthodologie de réalisation commune au bureau de gestion de projets et au bureau de gestion technique, une matrice RACI qui vérifie leur intégration, et des ateliers conjoints pour évaluer les propositions de projet.&lt;/p&gt;&lt;p&gt;Fonctionne hors ligne ; vos données restent dans votre fichier d’espace de travail.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="254"/>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="256"/>
        <source>PMO–TMO workspaces (*.pmotmo);;All files (*)</source>
        <translation>Espaces de travail PMO–TMO (*.pmotmo);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="264"/>
        <source>Save workspace as</source>
        <translation>Enregistrer l’espace de travail sous</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="266"/>
        <source>PMO–TMO workspaces (*.pmotmo)</source>
        <translation>Espaces de travail PMO–TMO (*.pmotmo)</translation>
    </message>
</context>
<context>
    <name>MethodologyArea</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="191"/>
        <source>Methodology: phases, activities, deliverables</source>
        <translation>Méthodologie : phases, activités, livrables</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="210"/>
        <source>{phases} phases · {activities} activities · {deliverables} deliverables · {controls} gates, reviews and sign-offs · {roles} roles in {offices} offices</source>
        <translation>{phases} phases · {activities} activités · {deliverables} livrables · {controls} jalons, revues et validations · {roles} rôles dans {offices} bureaux</translation>
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
        <translation>Gestion</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="136"/>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="137"/>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="138"/>
        <source>Gate</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="139"/>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="140"/>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="144"/>
        <source>{kind} deliverable</source>
        <translation>Livrable ({kind})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="156"/>
        <source>Approved by {roles}</source>
        <translation>Validé par {roles}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="169"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="170"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="171"/>
        <source>Owning office</source>
        <translation>Bureau responsable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/methodology_view.py" line="172"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>NewWorkspaceDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="43"/>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="84"/>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="45"/>
        <source>e.g. Acme delivery method</source>
        <translation>p. ex. méthode de réalisation Acme</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="49"/>
        <source>Integrated PMO–TMO lifecycle (8 phases, 18 roles)</source>
        <translation>Cycle de vie intégré PMO–TMO (8 phases, 18 rôles)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="51"/>
        <source>Light lifecycle for small teams</source>
        <translation>Cycle de vie allégé pour petites équipes</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="52"/>
        <source>Empty: only the standard offices</source>
        <translation>Vide : uniquement les bureaux standard</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="55"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="62"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="63"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="64"/>
        <source>&amp;Start from:</source>
        <translation>&amp;Modèle de départ :</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="65"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="69"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="86"/>
        <source>PMO–TMO workspaces (*.pmotmo)</source>
        <translation>Espaces de travail PMO–TMO (*.pmotmo)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="93"/>
        <source>Give the workspace a name.</source>
        <translation>Donnez un nom à l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="96"/>
        <source>Choose where to save it.</source>
        <translation>Choisissez où l’enregistrer.</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="122"/>
        <source>Workspace properties</source>
        <translation>Propriétés de l’espace de travail</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="127"/>
        <source>RACI: Responsible, Accountable, Consulted, Informed</source>
        <translation>RACI : Responsable, Approbateur, Consulté, Informé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="128"/>
        <source>RASCI: adds Supportive</source>
        <translation>RASCI : ajoute Soutien</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="129"/>
        <source>RACI-VS: adds Verifies and Signs</source>
        <translation>RACI-VS : ajoute Vérifie et Signe</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="135"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="136"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="137"/>
        <source>RACI &amp;variant:</source>
        <translation>&amp;Variante RACI :</translation>
    </message>
</context>
<context>
    <name>RaciArea</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="101"/>
        <source>RACI matrix</source>
        <translation>Matrice RACI</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="109"/>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="110"/>
        <source>Accountable</source>
        <translation>Approbateur</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="111"/>
        <source>Consulted</source>
        <translation>Consulté</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="112"/>
        <source>Informed</source>
        <translation>Informé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="113"/>
        <source>Supportive</source>
        <translation>Soutien</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="114"/>
        <source>Verifies</source>
        <translation>Vérifie</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/raci_view.py" line="136"/>
        <source>{variant} matrix: {activities} activities × {roles} roles, {cells} cells filled</source>
        <translation>Matrice {variant} : {activities} activités × {roles} rôles, {cells} cellules remplies</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="164"/>
        <source>Restore backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="166"/>
        <source>Timed backup</source>
        <translation>Sauvegarde planifiée</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="167"/>
        <source>Before an upgrade</source>
        <translation>Avant une mise à niveau</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="168"/>
        <source>Before an import</source>
        <translation>Avant une importation</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="169"/>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="170"/>
        <source>Manual backup</source>
        <translation>Sauvegarde manuelle</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="176"/>
        <source>Taken</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="181"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="183"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="187"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="203"/>
        <source>The workspace is backed up as it is now before it is restored, so a restore can itself be undone from this list.</source>
        <translation>Avant la restauration, l’espace de travail est sauvegardé dans son état actuel ; une restauration peut donc elle-même être annulée depuis cette liste.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/dialogs.py" line="211"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="33"/>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="45"/>
        <source>must be one of: {allowed}</source>
        <translation>doit être l’une des valeurs suivantes : {allowed}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="55"/>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="63"/>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="70"/>
        <source>must be greater than zero</source>
        <translation>doit être supérieur à zéro</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="77"/>
        <source>must be a whole number, zero or more</source>
        <translation>doit être un nombre entier positif ou nul</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="87"/>
        <source>must be a colour like #2F6DB5</source>
        <translation>doit être une couleur comme #2F6DB5</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="100"/>
        <source>must be a date like 2026-11-25</source>
        <translation>doit être une date comme 2026-11-25</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="278"/>
        <source>{what}: unknown field {field}</source>
        <translation>{what} : champ inconnu {field}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="288"/>
        <source>{what} {field}: {problem}</source>
        <translation>{what} {field} : {problem}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="300"/>
        <source>no {what} with id {id}</source>
        <translation>{what} introuvable (identifiant {id})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="330"/>
        <source>{what} {field}: must be given</source>
        <translation>{what} {field} : obligatoire</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/entities.py" line="403"/>
        <source>{what}: the new order must list each record of the list once</source>
        <translation>{what} : le nouvel ordre doit contenir chaque élément de la liste une seule fois</translation>
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
        <location filename="../src/pmo_tmo_desktop/services/methodology.py" line="35"/>
        <source>&apos;{letters}&apos; is not a {variant} letter</source>
        <translation>« {letters} » n’est pas une lettre {variant}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology.py" line="85"/>
        <source>workspace name: must not be empty</source>
        <translation>nom de l’espace de travail : ne doit pas être vide</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology.py" line="91"/>
        <source>RACI variant: must be RACI, RASCI or RACI-VS</source>
        <translation>variante RACI : doit être RACI, RASCI ou RACI-VS</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/methodology.py" line="103"/>
        <source>RACI variant: some cells hold letters {variant} does not have; clear them first</source>
        <translation>variante RACI : certaines cellules contiennent des lettres absentes de {variant} ; videz-les d’abord</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/queries.py" line="147"/>
        <source>no workshop with id {id}</source>
        <translation>aucun atelier avec l’identifiant {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/rows.py" line="161"/>
        <source>another {what} already has this {field}</source>
        <translation>un autre enregistrement de type {what} a déjà cette valeur de {field}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/rows.py" line="165"/>
        <source>it is still used elsewhere, or refers to something missing</source>
        <translation>il est encore utilisé ailleurs ou fait référence à un élément manquant</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/rows.py" line="168"/>
        <source>the value breaks the rule &apos;{rule}&apos;</source>
        <translation>la valeur enfreint la règle « {rule} »</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/templates.py" line="23"/>
        <source>unknown template &apos;{name}&apos; (choose {names})</source>
        <translation>modèle inconnu « {name} » (au choix : {names})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="35"/>
        <source>a round is already open; close it first</source>
        <translation>un tour d’évaluation est déjà ouvert ; fermez-le d’abord</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="64"/>
        <source>no round is open</source>
        <translation>aucun tour d’évaluation n’est ouvert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="91"/>
        <source>no round with id {id}</source>
        <translation>aucun tour d’évaluation avec l’identifiant {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="94"/>
        <source>this round is closed; ratings can no longer change</source>
        <translation>ce tour d’évaluation est clos ; les évaluations ne peuvent plus être modifiées</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="102"/>
        <source>no criterion with id {id}</source>
        <translation>aucun critère avec l’identifiant {id}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="119"/>
        <source>{criterion}: {value} is outside the scale {low}–{high}</source>
        <translation>{criterion} : {value} est hors de l’échelle {low}–{high}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="180"/>
        <source>decision: must be approve, reject, defer or needs-information</source>
        <translation>décision : doit être « approuver », « rejeter », « reporter » ou « informations requises »</translation>
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
        <translation>Une seule méthode de réalisation pour le bureau projets et le bureau technique, une matrice RACI fiable pour les deux, et des ateliers où tous deux évaluent ensemble les propositions.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/welcome.py" line="30"/>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/welcome.py" line="31"/>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/welcome.py" line="32"/>
        <source>Open the &amp;demo workspace</source>
        <translation>Ouvrir l’espace de travail de &amp;démo</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/welcome.py" line="38"/>
        <source>&lt;b&gt;Recent workspaces&lt;/b&gt;</source>
        <translation>&lt;b&gt;Espaces de travail récents&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>WorkshopsArea</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="69"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="70"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="71"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="76"/>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="93"/>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="94"/>
        <source>Sponsor</source>
        <translation>Commanditaire</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="95"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="96"/>
        <source>Benefit</source>
        <translation>Bénéfice</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="97"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="102"/>
        <source>Proposals of the workshop</source>
        <translation>Propositions de l’atelier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="121"/>
        <source>No workshops yet. Workshops you plan and run appear here.</source>
        <translation>Aucun atelier pour l’instant. Les ateliers que vous planifiez et animez apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="126"/>
        <source>Planned</source>
        <translation>Planifié</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="127"/>
        <source>Live</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="128"/>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="133"/>
        <source>Open</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="135"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="136"/>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="137"/>
        <source>Deferred</source>
        <translation>Reportée</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="138"/>
        <source>Needs information</source>
        <translation>Informations requises</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="173"/>
        <source>round {n}: {status}, {count} ratings</source>
        <translation>tour {n} : {status}, {count} évaluations</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="175"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="175"/>
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="179"/>
        <source>no rounds yet</source>
        <translation>aucun tour pour l’instant</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="183"/>
        <source>&lt;b&gt;Date:&lt;/b&gt; {date} · &lt;b&gt;Place:&lt;/b&gt; {place} · &lt;b&gt;Facilitator:&lt;/b&gt; {who}</source>
        <translation>&lt;b&gt;Date :&lt;/b&gt; {date} · &lt;b&gt;Lieu :&lt;/b&gt; {place} · &lt;b&gt;Animation :&lt;/b&gt; {who}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="189"/>
        <source>&lt;b&gt;Participants:&lt;/b&gt; {n} ({people})</source>
        <translation>&lt;b&gt;Participants :&lt;/b&gt; {n} ({people})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="192"/>
        <source>&lt;b&gt;Criteria:&lt;/b&gt; {names}</source>
        <translation>&lt;b&gt;Critères :&lt;/b&gt; {names}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="195"/>
        <source>&lt;b&gt;Rounds:&lt;/b&gt; {rounds}</source>
        <translation>&lt;b&gt;Tours d’évaluation :&lt;/b&gt; {rounds}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/ui/workshops_view.py" line="196"/>
        <source>&lt;b&gt;Agenda:&lt;/b&gt; {n} items · &lt;b&gt;Actions:&lt;/b&gt; {a} ({open} open)</source>
        <translation>&lt;b&gt;Ordre du jour :&lt;/b&gt; {n} points · &lt;b&gt;Actions :&lt;/b&gt; {a} ({open} en cours)</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../src/pmo_tmo_desktop/services/files.py" line="32"/>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="347"/>
        <source>{file}: already exists</source>
        <translation>{file} : existe déjà</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="54"/>
        <source>{file}: the file is damaged ({detail}); it was not changed.</source>
        <translation>{file} : le fichier est endommagé ({detail}) ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="58"/>
        <source>Newest good backup: {backup}</source>
        <translation>Dernière sauvegarde saine : {backup}</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="67"/>
        <source>{file}: no such file</source>
        <translation>{file} : fichier introuvable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="69"/>
        <source>{file}: not a file</source>
        <translation>{file} : n’est pas un fichier</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="74"/>
        <source>{file}: cannot be read ({reason})</source>
        <translation>{file} : lecture impossible ({reason})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="80"/>
        <source>{file}: not a PMO–TMO workspace (not an SQLite database)</source>
        <translation>{file} : pas un espace de travail PMO–TMO (pas une base de données SQLite)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="86"/>
        <source>{file}: not a PMO–TMO workspace (a database of another application)</source>
        <translation>{file} : pas un espace de travail PMO–TMO (base de données d’une autre application)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="105"/>
        <source>{file}: not a PMO–TMO workspace (it has no schema version)</source>
        <translation>{file} : pas un espace de travail PMO–TMO (aucune version de schéma)</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="112"/>
        <source>{file} was written by a newer version of PMO–TMO Desktop (schema {found}); this version reads up to schema {head}. Update the app to open it; the file was not changed.</source>
        <translation>{file} a été écrit par une version plus récente de PMO–TMO Desktop (schéma {found}) ; cette version lit jusqu’au schéma {head}. Mettez l’application à jour pour l’ouvrir ; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="179"/>
        <source>{file} is open read-only; nothing can be changed</source>
        <translation>{file} est ouvert en lecture seule ; aucune modification n’est possible</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="277"/>
        <source>{file}: the upgrade left {count} broken references</source>
        <translation>{file} : la mise à niveau a laissé {count} références rompues</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="302"/>
        <source>{file} is already open in PMO–TMO Desktop ({holder}); close it there, or open it read-only</source>
        <translation>{file} est déjà ouvert dans PMO–TMO Desktop ({holder}) ; fermez-le là-bas ou ouvrez-le en lecture seule</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="310"/>
        <source>{file}: cannot be opened for writing ({reason})</source>
        <translation>{file} : ouverture en écriture impossible ({reason})</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="326"/>
        <source>{file} needs an upgrade to this version; open it for writing once</source>
        <translation>{file} doit être mis à niveau vers cette version ; ouvrez-le une fois en écriture</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="350"/>
        <source>{folder}: no such folder</source>
        <translation>{folder} : dossier introuvable</translation>
    </message>
    <message>
        <location filename="../src/pmo_tmo_desktop/store/workspace.py" line="377"/>
        <source>{file}: cannot be created ({reason})</source>
        <translation>{file} : création impossible ({reason})</translation>
    </message>
</context>
</TS>
