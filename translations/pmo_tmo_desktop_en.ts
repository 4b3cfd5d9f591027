<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionsModel</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_models.py" line="255"/>
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
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="293"/>
        <source>Items: %n</source>
        <translation>
            <numerusform>Items: %n</numerusform>
            <numerusform>Items: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="293"/>
        <location filename="../src/pmo_tmo_desktop/ui/workshop/agenda/agenda_page.py" line="355"/>
        <source>%n min planned</source>
        <translation>
            <numerusform>%n min planned</numerusform>
            <numerusform>%n min planned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/cli/room.py" line="151"/>
        <source>Wrote %n name card(s) to {file} (room at {url})</source>
        <translation>
            <numerusform>Wrote %n name card to {file} (room at {url})</numerusform>
            <numerusform>Wrote %n name cards to {file} (room at {url})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/cli/workshop.py" line="84"/>
        <source>Wrote %n ballot(s) to {folder}</source>
        <translation>
            <numerusform>Wrote %n ballot to {folder}</numerusform>
            <numerusform>Wrote %n ballots to {folder}</numerusform>
        </translation>
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
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="44"/>
        <source>%n deliverable(s)</source>
        <translation>
            <numerusform>%n deliverable</numerusform>
            <numerusform>%n deliverables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="45"/>
        <source>%n gate(s), review(s) or sign-off(s)</source>
        <translation>
            <numerusform>%n gate, review or sign-off</numerusform>
            <numerusform>%n gates, reviews or sign-offs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="46"/>
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n role</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="47"/>
        <source>%n office(s)</source>
        <translation>
            <numerusform>%n office</numerusform>
            <numerusform>%n offices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="48"/>
        <source>%n RACI letter(s)</source>
        <translation>
            <numerusform>%n RACI letter</numerusform>
            <numerusform>%n RACI letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="49"/>
        <source>%n cell(s)</source>
        <translation>
            <numerusform>%n cell</numerusform>
            <numerusform>%n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="50"/>
        <source>%n filled cell(s)</source>
        <translation>
            <numerusform>%n filled cell</numerusform>
            <numerusform>%n filled cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="51"/>
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="52"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="53"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="54"/>
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n proposal</numerusform>
            <numerusform>%n proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="55"/>
        <source>%n touchpoint(s)</source>
        <translation>
            <numerusform>%n touchpoint</numerusform>
            <numerusform>%n touchpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="56"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionsPage</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_words.py" line="54"/>
        <source>Actions: %n</source>
        <translation>
            <numerusform>Actions: %n</numerusform>
            <numerusform>Actions: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_words.py" line="55"/>
        <source>not done: %n</source>
        <translation>
            <numerusform>not done: %n</numerusform>
            <numerusform>not done: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_words.py" line="60"/>
        <source>overdue: %n</source>
        <translation>
            <numerusform>overdue: %n</numerusform>
            <numerusform>overdue: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_page.py" line="395"/>
        <source>A&amp;mendments (%n)</source>
        <translation>
            <numerusform>A&amp;mendments (%n)</numerusform>
            <numerusform>A&amp;mendments (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/decisions/decisions_words.py" line="41"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="32"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="33"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/words.py" line="34"/>
        <source>%n alignment finding(s)</source>
        <translation>
            <numerusform>%n alignment finding</numerusform>
            <numerusform>%n alignment findings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrontierChart</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/frontier_chart.py" line="184"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Handbook</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="204"/>
        <source>{n} in %n office(s) ({by_office})</source>
        <translation>
            <numerusform>{n} in %n office ({by_office})</numerusform>
            <numerusform>{n} in %n offices ({by_office})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="220"/>
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n role</numerusform>
            <numerusform>%n roles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="223"/>
        <source>{office} · %n activities</source>
        <translation>
            <numerusform>{office} · %n activity</numerusform>
            <numerusform>{office} · %n activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MethodologyTree</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/methodology/methodology_model.py" line="172"/>
        <source>%n activities</source>
        <translation>
            <numerusform>%n activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Minutes</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="246"/>
        <source>Not shown: %n proposal(s) without both a PMO and a TMO score.</source>
        <translation>
            <numerusform>Not shown: %n proposal without both a PMO and a TMO score.</numerusform>
            <numerusform>Not shown: %n proposals without both a PMO and a TMO score.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="249"/>
        <source>Not shown: %n proposal(s) without both a PMO and a TMO score, {withheld} of them because an office&apos;s score is withheld for privacy (fewer than two of its participants rated the proposal).</source>
        <translation>
            <numerusform>Not shown: %n proposal without both a PMO and a TMO score, {withheld} of them because an office&apos;s score is withheld for privacy (fewer than two of its participants rated the proposal).</numerusform>
            <numerusform>Not shown: %n proposals without both a PMO and a TMO score, {withheld} of them because an office&apos;s score is withheld for privacy (fewer than two of its participants rated the proposal).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/reports_texts.py" line="299"/>
        <source>%n proposal(s), total cost {cost} of {budget} ({share}), {left} left over.</source>
        <translation>
            <numerusform>%n proposal, total cost {cost} of {budget} ({share}), {left} left over.</numerusform>
            <numerusform>%n proposals, total cost {cost} of {budget} ({share}), {left} left over.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PastePreview</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_paste.py" line="251"/>
        <source>Add %n Row(s)</source>
        <translation>
            <numerusform>Add %n Row</numerusform>
            <numerusform>Add %n Rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioTab</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_rows.py" line="184"/>
        <source>%n funded</source>
        <translation>
            <numerusform>%n funded</numerusform>
            <numerusform>%n funded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/results/portfolio_tab.py" line="449"/>
        <source>Share of %n random weightings (each weight wobbling around its set value) under which it is funded</source>
        <translation>
            <numerusform>Share of %n random weightings (each weight wobbling around its set value) under which it is funded</numerusform>
            <numerusform>Share of %n random weightings (each weight wobbling around its set value) under which it is funded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreRead</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="51"/>
        <source>%n item(s), {duration}</source>
        <translation>
            <numerusform>%n item, {duration}</numerusform>
            <numerusform>%n items, {duration}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/pack_texts.py" line="84"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatingPage</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_page.py" line="478"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
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
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_ballot.py" line="150"/>
        <source>All %n cell(s) answered: this ballot is complete.</source>
        <translation>
            <numerusform>All %n cell answered: this ballot is complete.</numerusform>
            <numerusform>All %n cells answered: this ballot is complete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/rating_ballot.py" line="156"/>
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
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="398"/>
        <source>It holds %n letter(s) in the RACI matrix.</source>
        <translation>
            <numerusform>It holds %n letter in the RACI matrix.</numerusform>
            <numerusform>It holds %n letters in the RACI matrix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="400"/>
        <source>It approves %n control point(s).</source>
        <translation>
            <numerusform>It approves %n control point.</numerusform>
            <numerusform>It approves %n control points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="419"/>
        <source>%n activities will have no owning office.</source>
        <translation>
            <numerusform>%n activity will have no owning office.</numerusform>
            <numerusform>%n activities will have no owning office.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_view.py" line="421"/>
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
        <location filename="../src/pmo_tmo_desktop/ui/offices/roles_models.py" line="266"/>
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
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="165"/>
        <source>&lt;b&gt;Devices&lt;/b&gt;: %n joined</source>
        <translation>
            <numerusform>&lt;b&gt;Devices&lt;/b&gt;: %n joined</numerusform>
            <numerusform>&lt;b&gt;Devices&lt;/b&gt;: %n joined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/room/room_panel.py" line="167"/>
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
        <location filename="../src/pmo_tmo_desktop/ui/workshop/common/round_progress.py" line="29"/>
        <source>{done} of {total} complete, %n started</source>
        <translation>
            <numerusform>{done} of {total} complete, %n started</numerusform>
            <numerusform>{done} of {total} complete, %n started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="76"/>
        <source>Incomplete (%n):</source>
        <translation>
            <numerusform>Incomplete (%n):</numerusform>
            <numerusform>Incomplete (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="77"/>
        <source>Not started (%n):</source>
        <translation>
            <numerusform>Not started (%n):</numerusform>
            <numerusform>Not started (%n):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/rating/round_status.py" line="91"/>
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
        <location filename="../src/pmo_tmo_desktop/services/rows.py" line="367"/>
        <source>this would delete %n rating(s) that participants entered; ratings are only removed by discarding their round (Workshop menu)</source>
        <translation>
            <numerusform>this would delete %n rating that participants entered; ratings are only removed by discarding their round (Workshop menu)</numerusform>
            <numerusform>this would delete %n ratings that participants entered; ratings are only removed by discarding their round (Workshop menu)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshops.py" line="349"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
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
</context>
<context>
    <name>SetupPage</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/workshop_setup.py" line="300"/>
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
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="314"/>
        <source>Paste %n row(s)</source>
        <translation>
            <numerusform>Paste %n row</numerusform>
            <numerusform>Paste %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/workshop/setup/setup_section.py" line="335"/>
        <source>“{name}” holds %n rating(s) that participants entered, so it cannot be deleted: ratings are removed only by discarding their round (Rating page). Rename it instead, if it was only misnamed.</source>
        <translation>
            <numerusform>“{name}” holds %n rating that participants entered, so it cannot be deleted: ratings are removed only by discarding their round (Rating page). Rename it instead, if it was only misnamed.</numerusform>
            <numerusform>“{name}” holds %n ratings that participants entered, so it cannot be deleted: ratings are removed only by discarding their round (Rating page). Rename it instead, if it was only misnamed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="503"/>
        <source>Imported %n ballot(s)</source>
        <translation>
            <numerusform>Imported %n ballot</numerusform>
            <numerusform>Imported %n ballots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="507"/>
        <source>%n rating(s) written</source>
        <translation>
            <numerusform>%n rating written</numerusform>
            <numerusform>%n ratings written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="508"/>
        <source>%n can&apos;t judge</source>
        <translation>
            <numerusform>%n can&apos;t judge</numerusform>
            <numerusform>%n can&apos;t judge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="509"/>
        <source>%n removed</source>
        <translation>
            <numerusform>%n removed</numerusform>
            <numerusform>%n removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="514"/>
        <source>%n complete</source>
        <translation>
            <numerusform>%n complete</numerusform>
            <numerusform>%n complete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="515"/>
        <source>%n incomplete</source>
        <translation>
            <numerusform>%n incomplete</numerusform>
            <numerusform>%n incomplete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/services/workshop_files.py" line="529"/>
        <source>%n pairwise judgement(s) of criteria recorded.</source>
        <translation>
            <numerusform>%n pairwise judgement of criteria recorded.</numerusform>
            <numerusform>%n pairwise judgements of criteria recorded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopListActions</name>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_actions.py" line="109"/>
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
            <numerusform>%n criterion</numerusform>
            <numerusform>%n criteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="289"/>
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n proposal</numerusform>
            <numerusform>%n proposals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="317"/>
        <source>Wrote %n ballot(s)</source>
        <translation>
            <numerusform>Wrote %n ballot</numerusform>
            <numerusform>Wrote %n ballots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="419"/>
        <source>Cancelled after %n file(s)</source>
        <translation>
            <numerusform>Cancelled after %n file</numerusform>
            <numerusform>Cancelled after %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/pmo_tmo_desktop/ui/shell/workshop_menu.py" line="427"/>
        <source>Wrote %n file(s) to {folder}</source>
        <translation>
            <numerusform>Wrote %n file to {folder}</numerusform>
            <numerusform>Wrote %n files to {folder}</numerusform>
        </translation>
    </message>
</context>
</TS>
