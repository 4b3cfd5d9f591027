"""A change reaches the screen as meaning: each page follows the events it shows and reads,
and scores, only what changed. Reads and scorings are counted where the pages call them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain import rules, scoring
from pmo_tmo_desktop.services import (
    checks,
    closing,
    entities,
    files,
    portfolio_setup,
    queries,
    workshops,
)
from pmo_tmo_desktop.services.events import RatingsChanged
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from pmo_tmo_desktop.ui.widgets import dialogs
from pmo_tmo_desktop.ui.widgets.change_hub import ChangeHub
from tests.ui.test_rating_page import _page, _type, planned_workshop


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[str]]:
    """How often the workshop is read whole, its ratings alone, and a round scored."""
    seen: Counter[str] = Counter()
    for module, name in (
        (queries, "workshop"),
        (queries, "workshops"),
        (queries, "ratings"),
        (scoring, "score"),
    ):
        original = getattr(module, name)

        def counting(*args, _name=name, _original=original, **kwargs):  # type: ignore[no-untyped-def]
            seen[_name] += 1
            return _original(*args, **kwargs)

        monkeypatch.setattr(module, name, counting)
    yield seen


@pytest.fixture
def second_round(demo_path: Path) -> tuple[Path, int]:
    """The planned workshop, its raters named, with round 1 rated and closed, and round 2
    open (not blind)."""
    wid = planned_workshop(demo_path)
    with files.open_file(demo_path) as ws:
        entities.edit(ws, "workshop", wid, anonymity="named")
        data = queries.workshop(ws, wid)
        first = workshops.open_round(ws, wid, blind=False).new_id
        for person, value in zip(data.participants, (8, 5, 3), strict=True):
            for proposal in data.proposals:
                for criterion in data.criteria:
                    workshops.rate(ws, first, person.id, proposal.id, criterion.id, value)
        workshops.close_round(ws, wid)
        workshops.open_round(ws, wid, blind=False)
    return demo_path, wid


def _presenter(qtbot, window: MainWindow) -> None:
    window.show_presenter()
    assert window.presenter is not None
    window.presenter.setObjectName("qtbot-keep")  # closed with the window
    qtbot.addWidget(window.presenter)


def test_a_hot_seat_rating_reaches_the_results_with_one_scoring_and_its_ratings_read_alone(
    qtbot, window: MainWindow, second_round, counted: Counter[str]
) -> None:
    path, wid = second_round
    page = _page(window, path, wid)
    _presenter(qtbot, window)
    results = window.results_page
    results.round.setCurrentIndex(results.round.findData(2))  # following the open round
    results.round.activated.emit(results.round.currentIndex())
    assert results.found is not None and results.found.round_number == 2
    earlier = results.found.previous
    assert earlier is not None and earlier.round_number == 1
    page.start_ballot()  # Ana
    counted.clear()

    _type(qtbot, page, "9")
    assert counted == Counter()  # saved: nothing read, nothing scored while the ballot is up

    page.done_button.click()
    assert counted["score"] == 1  # round 2 only; round 1 is kept as it was scored
    assert counted["ratings"] == 1 and counted["workshop"] == 0  # the ratings, not the rest
    found = results.found
    assert found is not None and found.round_number == 2
    assert found.results.partial == 1  # the ballot just started shows on the Results page
    assert "1 started" in results.summary.text()
    assert found.previous is earlier  # compared with round 1 as it was scored before
    crm = next(p for p in found.results.proposals if p.title == "CRM renewal")
    assert crm.participants == 1 and crm.score is not None and round(crm.score, 1) == 88.9
    assert window.presenter is not None
    assert "0 of 3 complete, 1 started" in window.presenter.progress.text()
    assert "round 2: open, 1 rating" in window.workshops_area.detail.text()


def test_with_the_default_round_shown_a_rating_in_the_open_round_scores_nothing(
    qtbot, window: MainWindow, second_round, counted: Counter[str]
) -> None:
    path, wid = second_round
    page = _page(window, path, wid)
    _presenter(qtbot, window)
    results = window.results_page
    assert results.found is not None and results.found.round_number == 1  # the default
    page.start_ballot()
    counted.clear()
    _type(qtbot, page, "7")
    page.done_button.click()
    assert counted["score"] == 0  # neither the Results page nor the projector shows round 2
    assert counted["ratings"] == 1 and counted["workshop"] == 0
    assert window.presenter is not None
    assert "1 started" in window.presenter.progress.text()


def test_the_workshop_menu_learns_the_chosen_workshops_status_without_reading_them_all(
    window: MainWindow, demo_path: Path, counted: Counter[str]
) -> None:
    wid = planned_workshop(demo_path)
    _page(window, demo_path, wid)
    menu = window.workshop_menu
    counted.clear()
    menu.update()
    assert counted["workshops"] == 0 and counted["workshop"] == 0
    assert menu.close_action.isEnabled() and menu.cards_action.isEnabled()
    ws = window.workspace
    assert ws is not None
    window.run("Close workshop", lambda: closing.close_workshop(ws, wid))
    assert not menu.close_action.isEnabled()  # closed: the menu followed at once
    assert not menu.cards_action.isEnabled()
    window.undo_stack.undo()
    assert menu.close_action.isEnabled()


def test_a_change_in_another_workshop_reads_nothing_for_the_one_on_screen(
    window: MainWindow, demo_path: Path, counted: Counter[str]
) -> None:
    wid = planned_workshop(demo_path)
    assert window.open_path(str(demo_path))
    window.show_area(4)
    area = window.workshops_area
    demo = next(w.id for w in queries.workshops(window.workspace) if w.id != wid)
    area.choose(demo)
    assert area.current_id() == demo
    ws = window.workspace
    assert ws is not None
    ana = next(p for p in queries.workshop(ws, wid).participants if p.name == "Ana")
    counted.clear()
    window.run("Rename", lambda: entities.edit(ws, "participant", ana.id, name="Ana Lima"))
    window.undo_stack.undo()
    window.undo_stack.redo()
    assert counted["workshop"] == 0 and counted["ratings"] == 0
    area.choose(wid)
    assert window.rating_page.voter.itemText(0) == "Ana Lima (PMO)"  # read once chosen


def test_a_decision_and_its_undo_show_in_the_overview(window: MainWindow, demo_path: Path) -> None:
    wid = planned_workshop(demo_path)
    _page(window, demo_path, wid)
    ws = window.workspace
    assert ws is not None
    model = window.workshops_area.proposal_model
    crm = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "CRM renewal")
    assert model.index(crm, 4).data() == "Open"
    crm_id = model.record(crm)[0].id
    window.run("Decide", lambda: workshops.decide(ws, crm_id, "approve"))
    assert model.index(crm, 4).data() == "Approved"
    window.undo_stack.undo()
    assert model.index(crm, 4).data() == "Open"


def test_an_office_renamed_shows_in_the_workshop_overview(
    window: MainWindow, demo_path: Path
) -> None:
    wid = planned_workshop(demo_path)
    _page(window, demo_path, wid)
    ws = window.workspace
    assert ws is not None
    pmo = next(o for o in queries.offices(ws) if o.name == "PMO")
    assert "1 PMO" in window.workshops_area.detail.text()
    window.run("Rename", lambda: entities.edit(ws, "office", pmo.id, name="Portfolio Office"))
    assert "1 Portfolio Office" in window.workshops_area.detail.text()
    assert window.rating_page.voter.itemText(0) == "Ana (Portfolio Office)"


def test_the_excel_export_takes_the_check_the_window_holds(
    qtbot,
    window: MainWindow,
    demo_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.open_path(str(demo_path))
    window.show_area(1)
    view, model = window.raci_area.table, window.raci_area.model
    target = next(
        (r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if model.letters_at(model.index(r, c)) == "A"
    )
    view.selectionModel().select(model.index(*target), QItemSelectionModel.SelectionFlag.Select)
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # the activity loses its accountable
    out = tmp_path / "live.xlsx"
    monkeypatch.setattr(dialogs.Messages, "save_workbook", classmethod(lambda c, p, s: str(out)))
    checked: list[object] = []
    read: list[object] = []
    monkeypatch.setattr(rules, "check", lambda *a, **k: checked.append(a))
    monkeypatch.setattr(queries, "methodology", lambda *a, **k: read.append(a))
    window.export_action.trigger()
    assert not checked and not read  # neither read nor checked again
    monkeypatch.undo()
    assert window.workspace is not None
    fresh = tmp_path / "fresh.xlsx"
    checks.export_workbook(window.workspace, fresh)  # what the command line would write

    def sheets(path: Path) -> dict[str, list[tuple[object, ...]]]:
        book = openpyxl.load_workbook(path)
        return {
            name: list(book[name].iter_rows(values_only=True))
            for name in ("Findings", "RACI", "Methodology")
        }

    live = sheets(out)
    assert live == sheets(fresh)
    assert "no-accountable" in [row[1] for row in live["Findings"]]


def test_the_hub_takes_bound_methods_only() -> None:
    hub = ChangeHub()
    with pytest.raises(TypeError):
        hub.subscribe(RatingsChanged, lambda event: None)
    seen: list[object] = []

    class Page:
        def ratings(self, event: RatingsChanged) -> None:
            seen.append(event)

    page = Page()
    hub.subscribe(RatingsChanged, page.ratings)
    hub.publish((RatingsChanged(rounds=frozenset({3})),))
    assert seen == [RatingsChanged(rounds=frozenset({3}))]


def test_closing_the_round_reveals_it_on_the_results_page_and_the_projector(
    qtbot, window: MainWindow, second_round
) -> None:
    path, wid = second_round
    page = _page(window, path, wid)
    _presenter(qtbot, window)
    page.start_ballot()
    _type(qtbot, page, "9")
    page.done_button.click()
    ws = window.workspace
    assert ws is not None
    window.run("Close round", lambda: workshops.close_round(ws, wid), undoable=False)
    results = window.results_page
    assert results.found is not None and results.found.round_number == 2
    assert window.presenter is not None and window.presenter.body.currentIndex() == 1
    rounds = {r.number: r.status for r in queries.workshop(ws, wid).rounds}
    assert rounds == {1: m.RoundStatus.CLOSED, 2: m.RoundStatus.CLOSED}


def test_a_group_or_a_requirement_set_on_its_own_shows_on_the_set_up_page(
    window: MainWindow, demo_path: Path
) -> None:
    wid = planned_workshop(demo_path)
    _page(window, demo_path, wid)
    ws = window.workspace
    assert ws is not None
    setup = window.setup_page
    assert setup.groups.model.rowCount() == 0
    window.run(
        "Add group",
        lambda: entities.create(ws, "proposal_group", workshop_id=wid, name="Platforms"),
    )
    assert setup.groups.model.rowCount() == 1
    first, second = queries.workshop(ws, wid).proposals
    window.run("Requires", lambda: portfolio_setup.set_requires(ws, first.id, [second.id]))
    assert setup.proposals.model.requires(first.id) == (second.id,)
    window.undo_stack.undo()
    assert setup.proposals.model.requires(first.id) == ()
