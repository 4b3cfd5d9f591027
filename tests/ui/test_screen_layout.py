"""What stays put and what gets the room on the workshop pages: the decision's buttons do not
move from one proposal to the next, the budget fit sits under its budget, the action's text
gets the room its links leave, the list steps aside for the pages on a laptop screen, and a
proposal nobody rated shows one dash for its range."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from pmo_tmo_desktop.services import entities, files, queries, workshops
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from tests.ui.test_rating_page import planned_workshop


def _demo_pages(window: MainWindow, demo_path: Path) -> None:
    window.open_path(str(demo_path))
    window.show_area(4)


def test_the_decision_buttons_stay_put_from_one_proposal_to_the_next(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    spring = planned_workshop(demo_path)
    with files.open_file(demo_path) as ws:  # one proposal's title and facts take two lines
        crm = queries.workshop(ws, spring).proposals[0].id
        entities.edit(
            ws,
            "proposal",
            crm,
            title="CRM renewal with the customer data migration and the new service desk",
            sponsor="Amira Haddad, Director of Customer Operations and Service Quality",
            benefit=1_450_000,
            duration_months=8,
        )
    _demo_pages(window, demo_path)
    window.workshops_area.choose(spring)
    page = window.decisions_page
    window.workshops_area.pages.setCurrentWidget(page)
    places = set()
    for row in range(page.proposals.model().rowCount()):
        page.proposals.selectRow(row)
        qtbot.wait(1)
        first = page.kind_group.buttons()[0]
        places.add(first.mapTo(page, QPoint(0, 0)).y())
    assert len(places) == 1, places  # titles and facts of one or two lines alike


def test_the_action_text_gets_the_room_its_empty_links_leave(
    window: MainWindow, demo_path: Path
) -> None:
    spring = planned_workshop(demo_path)  # its actions (none) link to no agenda item
    _demo_pages(window, demo_path)
    page = window.decisions_page
    window.workshops_area.pages.setCurrentWidget(page)
    model, header = page.action_model, page.action_table.horizontalHeader()
    metrics = page.action_table.fontMetrics()
    heading = str(model.headerData(model.AGENDA, Qt.Orientation.Horizontal))
    assert header.sectionSize(model.AGENDA) <= 150
    assert header.sectionSize(model.TEXT) > header.sectionSize(model.AGENDA)
    # a workshop whose actions link to no agenda item: the column keeps only its heading
    window.workshops_area.choose(spring)
    assert (
        header.sectionSize(model.AGENDA)
        == max(metrics.horizontalAdvance(heading), header.fontMetrics().horizontalAdvance(heading))
        + 30
    )


def test_the_budget_stays_in_sight_and_the_fit_sits_at_the_top_of_its_tab(
    window: MainWindow, demo_path: Path
) -> None:
    _demo_pages(window, demo_path)
    page = window.results_page
    window.workshops_area.pages.setCurrentWidget(page)
    for tab in (2, page.detail_tabs.indexOf(page.portfolio)):  # the budget drives both tabs
        page.detail_tabs.setCurrentIndex(tab)
        assert page.budget.isVisible()
    page.detail_tabs.setCurrentIndex(2)
    assert page.fit.geometry().top() <= 20
    assert page.fit.text()
    # the label is as tall as its text, not stretched over the page with the text centred
    assert page.fit.height() <= page.fit.heightForWidth(page.fit.width()) + 4


def test_on_a_laptop_screen_the_list_steps_aside_for_the_pages(
    window: MainWindow, demo_path: Path
) -> None:
    _demo_pages(window, demo_path)
    area = window.workshops_area
    window.resize(1366, 768)
    area.pages.setCurrentWidget(window.results_page)
    assert not area.list.isVisible()
    names = window.results_page.table_model
    view = window.results_page.table
    for row in range(names.rowCount()):  # every proposal's name shown whole
        title = names.record(row).title
        room = view.columnWidth(1) - 8
        assert view.fontMetrics().horizontalAdvance(title) <= room, title
    area.pages.setCurrentIndex(0)  # the overview is where a workshop is chosen
    assert area.list.isVisible()
    window.resize(1920, 1080)
    area.pages.setCurrentWidget(window.results_page)
    assert area.list.isVisible()


def test_a_proposal_nobody_rated_shows_one_dash_for_its_range(
    window: MainWindow, demo_path: Path
) -> None:
    spring = planned_workshop(demo_path)
    with files.open_file(demo_path) as ws:
        entities.edit(ws, "workshop", spring, anonymity="named")  # no figure withheld
        data = queries.workshop(ws, spring)
        round_id = workshops.open_round(ws, spring).value
        first = data.proposals[0].id
        for person in data.participants:
            for criterion in data.criteria:
                workshops.rate(ws, round_id, person.id, first, criterion.id, 7)
        workshops.close_round(ws, spring)
    window.open_path(str(demo_path))
    window.show_area(4)
    window.workshops_area.choose(spring)
    page = window.results_page
    model = page.table_model
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Min–max"
    )
    shown = {model.record(r).title: model.index(r, column).data() for r in range(model.rowCount())}
    assert shown["Data platform"] == "—"
    low, high = shown["CRM renewal"].split("–")
    assert low == high and float(low) > 0


def test_an_office_of_one_role_shows_its_whole_name_in_its_band(
    window: MainWindow, demo_path: Path
) -> None:
    from PySide6.QtGui import QFontMetrics

    from pmo_tmo_desktop.ui.raci.raci_headers import OfficeRole

    _demo_pages(window, demo_path)
    window.show_area(1)
    header = window.raci_area.table.horizontalHeader()
    model = header.model()
    font = header.font()
    font.setBold(True)
    offices: dict[str, int] = {}
    for column in range(header.count()):
        name = model.headerData(column, Qt.Orientation.Horizontal, OfficeRole)[0]
        offices[name] = offices.get(name, 0) + header.sectionSize(column)
    assert "Vendor" in offices
    for name, width in offices.items():  # the band is the office's columns together
        assert width - 6 >= QFontMetrics(font).horizontalAdvance(name), name
