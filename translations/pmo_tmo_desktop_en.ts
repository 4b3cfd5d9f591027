<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionsModel</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/decisions_models.py" line="324"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/agenda_page.py" line="434"/>
        <source>Items: %n</source>
        <translation>
            <numerusform>Items: %n</numerusform>
            <numerusform>Items: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/agenda_page.py" line="434"/>
        <location filename="../src/pmo_tmo_desktop/ui/agenda_page.py" line="496"/>
        <source>%n min planned</source>
        <translation>
            <numerusform>%n min planned</numerusform>
            <numerusform>%n min planned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/decisions_page.py" line="382"/>
        <source>Actions: %n</source>
        <translation>
            <numerusform>Actions: %n</numerusform>
            <numerusform>Actions: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/decisions_page.py" line="383"/>
        <source>not done: %n</source>
        <translation>
            <numerusform>not done: %n</numerusform>
            <numerusform>not done: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/decisions_page.py" line="388"/>
        <source>overdue: %n</source>
        <translation>
            <numerusform>overdue: %n</numerusform>
            <numerusform>overdue: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/decisions_page.py" line="405"/>
        <source>A&amp;mendments (%n)</source>
        <translation>
            <numerusform>A&amp;mendments (%n)</numerusform>
            <numerusform>A&amp;mendments (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/decisions_page.py" line="470"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MethodologyTree</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/methodology_model.py" line="171"/>
        <source>%n activities</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PastePreview</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/setup_paste.py" line="251"/>
        <source>Add %n Row(s)</source>
        <translation>
            <numerusform>Add %n Row</numerusform>
            <numerusform>Add %n Rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingPage</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/rating_page.py" line="424"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/rating_page.py" line="425"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/rating_page.py" line="486"/>
        <source>All %n cell(s) answered: this ballot is complete.</source>
        <translation>
            <numerusform>All %n cell answered: this ballot is complete.</numerusform>
            <numerusform>All %n cells answered: this ballot is complete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/rating_page.py" line="490"/>
        <source>{filled} of %n cell(s) answered</source>
        <translation>
            <numerusform>{filled} of %n cell answered</numerusform>
            <numerusform>{filled} of %n cells answered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesArea</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/roles_view.py" line="409"/>
        <source>It holds %n letter(s) in the RACI matrix.</source>
        <translation>
            <numerusform>It holds %n letter in the RACI matrix.</numerusform>
            <numerusform>It holds %n letters in the RACI matrix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/roles_view.py" line="411"/>
        <source>It approves %n control point(s).</source>
        <translation>
            <numerusform>It approves %n control point.</numerusform>
            <numerusform>It approves %n control points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/roles_view.py" line="430"/>
        <source>%n activities will have no owning office.</source>
        <translation>
            <numerusform>%n activity will have no owning office.</numerusform>
            <numerusform>%n activities will have no owning office.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/roles_view.py" line="432"/>
        <source>%n workshop participant(s) will have no office.</source>
        <translation>
            <numerusform>%n workshop participant will have no office.</numerusform>
            <numerusform>%n workshop participants will have no office.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RolesModel</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/roles_models.py" line="271"/>
        <source>approves %n control point(s)</source>
        <translation>
            <numerusform>approves %n control point</numerusform>
            <numerusform>approves %n control points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomPanel</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/room_panel.py" line="176"/>
        <source>&lt;b&gt;Devices&lt;/b&gt;: %n joined</source>
        <translation>
            <numerusform>&lt;b&gt;Devices&lt;/b&gt;: %n joined</numerusform>
            <numerusform>&lt;b&gt;Devices&lt;/b&gt;: %n joined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/room_panel.py" line="178"/>
        <source>, %n waiting</source>
        <translation>
            <numerusform>, %n waiting</numerusform>
            <numerusform>, %n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundStatus</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/round_status.py" line="62"/>
        <source>{done} of {total} complete, %n started</source>
        <translation>
            <numerusform>{done} of {total} complete, %n started</numerusform>
            <numerusform>{done} of {total} complete, %n started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/round_status.py" line="99"/>
        <source>Incomplete (%n):</source>
        <translation>
            <numerusform>Incomplete (%n):</numerusform>
            <numerusform>Incomplete (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/round_status.py" line="100"/>
        <source>Not started (%n):</source>
        <translation>
            <numerusform>Not started (%n):</numerusform>
            <numerusform>Not started (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/round_status.py" line="114"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/rows.py" line="105"/>
        <source>this would delete %n rating(s) that participants entered; ratings are only removed by discarding their round (Workshop menu)</source>
        <translation>
            <numerusform>this would delete %n rating that participants entered; ratings are only removed by discarding their round (Workshop menu)</numerusform>
            <numerusform>this would delete %n ratings that participants entered; ratings are only removed by discarding their round (Workshop menu)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop_setup.py" line="409"/>
        <source>%n action item(s) refer to it; they stay, without it.</source>
        <translation>
            <numerusform>%n action item refer to it; they stay, without it.</numerusform>
            <numerusform>%n action items refer to it; they stay, without it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupSection</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop_setup_models.py" line="738"/>
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>Paste %n row</numerusform>
            <numerusform>Paste %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop_setup_models.py" line="759"/>
        <source>“{name}” holds %n rating(s) that participants entered, so it cannot be deleted: ratings are removed only by discarding their round (Rating page). Rename it instead, if it was only misnamed.</source>
        <translation>
            <numerusform>“{name}” holds %n rating that participants entered, so it cannot be deleted: ratings are removed only by discarding their round (Rating page). Rename it instead, if it was only misnamed.</numerusform>
            <numerusform>“{name}” holds %n ratings that participants entered, so it cannot be deleted: ratings are removed only by discarding their round (Rating page). Rename it instead, if it was only misnamed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopListActions</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop_setup.py" line="623"/>
        <source>It holds %n rating(s); they go with it.</source>
        <translation>
            <numerusform>It holds %n rating; they go with it.</numerusform>
            <numerusform>It holds %n ratings; they go with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopMenu</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop_menu.py" line="310"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop_menu.py" line="311"/>
        <source>%n criteria</source>
        <translation>
            <numerusform>%n criterion</numerusform>
            <numerusform>%n criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop_menu.py" line="312"/>
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n proposal</numerusform>
            <numerusform>%n proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop_menu.py" line="338"/>
        <source>Wrote %n ballot(s)</source>
        <translation>
            <numerusform>Wrote %n ballot</numerusform>
            <numerusform>Wrote %n ballots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop_menu.py" line="449"/>
        <source>Cancelled after %n file(s)</source>
        <translation>
            <numerusform>Cancelled after %n file</numerusform>
            <numerusform>Cancelled after %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop_menu.py" line="455"/>
        <source>Wrote %n file(s) to {folder}</source>
        <translation>
            <numerusform>Wrote %n file to {folder}</numerusform>
            <numerusform>Wrote %n files to {folder}</numerusform>
        </translation>
    </message>
</context>
</TS>
