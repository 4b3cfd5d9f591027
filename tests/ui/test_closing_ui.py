"""Closing a workshop from the Workshop menu, and correcting a closed one: every change on the
Decisions & actions page asks why and is recorded as an amendment; its set-up stays frozen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.services import entities, files, queries, workshops
from pmo_tmo_desktop.services.queries import WorkshopData
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from pmo_tmo_desktop.ui.widgets.dialogs import Messages
from pmo_tmo_desktop.ui.workshop.common.amend_dialog import AmendDialog
from pmo_tmo_desktop.ui.workshop.decisions.decisions_models import ActionsModel
from pmo_tmo_desktop.ui.workshop.decisions.decisions_page import DecisionsPage
from tests.cli.test_cli import assert_refused, run
from tests.store.helpers import dump

DEMO = 1
"""The demo's only workshop, closed."""
BANNER = "This workshop is closed. Changes are recorded as amendments with a reason."
FREEZES = (
    "Closing freezes ratings, decisions and actions; later corrections are recorded as amendments."
)
REASON = "The sponsor withdrew the budget after the meeting."


@pytest.fixture(autouse=True)
def warned(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A refusal is recorded rather than shown; a question nobody expected fails the test."""
    warned: list[str] = []
    monkeypatch.setattr(
        Messages, "warn", classmethod(lambda cls, parent, title, text: warned.append(text))
    )
    monkeypatch.setattr(Messages, "confirm", classmethod(lambda *a: pytest.fail("asked")))
    monkeypatch.setattr(AmendDialog, "ask", classmethod(lambda *a: pytest.fail("asked why")))
    return warned


def _answer_why(monkeypatch: pytest.MonkeyPatch, answer: str | None) -> list[str]:
    """AmendDialog.ask answers `answer` (None: cancelled); the list gets what it named."""
    asked: list[str] = []

    def ask(cls: type, parent: object, what: str) -> str | None:
        asked.append(what)
        return answer

    monkeypatch.setattr(AmendDialog, "ask", classmethod(ask))
    return asked


def _live_workshop(path: Path) -> int:
    """A live workshop next to the demo's, with a round open and one rating in it."""
    with files.open_file(path) as ws:
        made = entities.create(ws, "workshop", title="Q1 intake", status="planned").new_id
        ann = entities.create(ws, "participant", workshop_id=made, name="Ann").new_id
        fit = entities.create(ws, "criterion", workshop_id=made, name="Fit").new_id
        crm = entities.create(ws, "proposal", workshop_id=made, title="CRM").new_id
        round_id = workshops.open_round(ws, made).new_id
        workshops.rate(ws, round_id, ann, crm, fit, 7)
    return made


def _select(window: MainWindow, workshop_id: int) -> WorkshopData:
    area = window.workshops_area
    row = next(
        r for r in range(area.list_model.rowCount()) if area.list_model.record(r).id == workshop_id
    )
    area.list.selectRow(row)
    data = area.current()
    assert data is not None and data.workshop.id == workshop_id
    return data


def _stored(window: MainWindow, workshop_id: int = DEMO) -> WorkshopData:
    assert window.workspace is not None
    return queries.workshop(window.workspace, workshop_id)


def _decisions(qtbot, window: MainWindow, demo_path: Path) -> DecisionsPage:
    window.open_path(str(demo_path))
    window.show_area(4)
    _select(window, DEMO)
    window.workshops_area.pages.setCurrentWidget(window.decisions_page)
    page = window.decisions_page
    qtbot.waitExposed(page)
    return page


# -- closing ------------------------------------------------------------------------------------


def test_closing_a_live_workshop_from_the_menu_freezes_it_and_undo_reopens_it(
    qtbot, window: MainWindow, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = _live_workshop(demo_path)
    window.open_path(str(demo_path))
    window.show_area(4)
    menu = window.workshop_menu
    _select(window, DEMO)
    menu.update()
    assert not menu.close_action.isEnabled(), "the demo's workshop is closed already"
    _select(window, made)
    menu.update()
    assert menu.close_action.isEnabled()
    assert menu.close_action.text() == "&Close Workshop…"
    warned: list[str] = []
    monkeypatch.setattr(Messages, "warn", classmethod(lambda *a: warned.append(a[3])))
    menu.close_action.trigger()  # round 1 is open: closed on the Rating page first
    assert warned and "Round 1 is still open" in warned[0]
    assert _stored(window, made).open_round is not None
    monkeypatch.setattr(Messages, "confirm", classmethod(lambda *a: True))
    window.rating_page.close_round()
    questions: list[str] = []
    monkeypatch.setattr(Messages, "confirm", classmethod(lambda *a: questions.append(a[3])))
    menu.close_action.trigger()  # not confirmed: nothing happens
    assert _stored(window, made).workshop.status == m.WorkshopStatus.LIVE
    assert FREEZES in questions[0]

    monkeypatch.setattr(Messages, "confirm", classmethod(lambda *a: True))
    menu.close_action.trigger()

    data = _stored(window, made)
    assert data.workshop.status == m.WorkshopStatus.CLOSED
    assert [r.status for r in data.rounds] == [m.RoundStatus.CLOSED]
    assert window.undo_stack.undoText() == "Close workshop “Q1 intake”"
    menu.update()
    assert not menu.close_action.isEnabled()
    assert not window.rating_page.open_button.isEnabled()
    assert not window.rating_page.start_button.isEnabled()
    assert window.decisions_page.banner.text() == BANNER
    assert not window.decisions_page.banner.isHidden()
    assert not window.decisions_page.add_button.isEnabled()
    assert not window.setup_page.participants.model.editable
    assert not window.setup_page.banner.isHidden()

    window.undo_action.trigger()
    data = _stored(window, made)
    assert data.workshop.status == m.WorkshopStatus.LIVE
    assert [r.status for r in data.rounds] == [m.RoundStatus.CLOSED], "a round stays closed"
    assert window.decisions_page.banner.isHidden()
    assert window.setup_page.participants.model.editable


# -- decisions of a closed workshop -------------------------------------------------------------


def test_a_closed_workshops_page_says_so_and_offers_no_new_or_deleted_actions(
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    page = _decisions(qtbot, window, demo_path)
    assert page.banner.isVisible() and page.banner.text() == BANNER
    assert page.action_model.rowCount() > 0
    page.action_table.selectRow(0)
    for control in (page.add_button, page.delete_button, page.add_action, page.delete_action):
        assert not control.isEnabled()
    assert not page.amendments.isVisible(), "no amendments yet: no list"


def test_changing_a_decision_asks_why_and_records_an_amendment(
    qtbot, window: MainWindow, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _decisions(qtbot, window, demo_path)
    before = _stored(window)
    proposal = before.proposals[0]
    old = next(d for d in before.decisions if d.proposal_id == proposal.id)
    new = next(k for k in m.DecisionKind if k != old.kind)
    page.select_proposal(proposal.id)
    asked = _answer_why(monkeypatch, REASON)

    page.kind_group.button(page.KINDS.index(new)).click()

    label = page.proposal_model.decision_label
    assert asked == [f"Decision on “{proposal.title}”: {label(old.kind)} → {label(new)}"]
    after = _stored(window)
    stored = next(d for d in after.decisions if d.proposal_id == proposal.id)
    assert stored.kind == new
    assert (stored.rationale, stored.conditions) == (old.rationale, old.conditions)
    [amendment] = after.amendments
    assert (amendment.why, amendment.entity) == (REASON, "decision")
    assert amendment.what == f"Decision on '{proposal.title}': {old.kind} → {new}"
    assert page.KINDS[page.kind_group.checkedId()] == new
    assert page.amendments.isVisible() and page.amendments.count() == 1
    shown = page.amendments.item(0).text()
    assert shown == f"{amendment.made_at:%Y-%m-%d %H:%M} · {amendment.what} · {REASON}"

    window.undo_action.trigger()  # one undo takes back the change and its record
    undone = _stored(window)
    assert undone.amendments == ()
    assert next(d for d in undone.decisions if d.proposal_id == proposal.id).kind == old.kind


def test_cancelling_the_reason_changes_nothing_and_shows_the_stored_decision(
    qtbot, window: MainWindow, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _decisions(qtbot, window, demo_path)
    assert window.workspace is not None
    before = dump(window.workspace)
    proposal = _stored(window).proposals[1]
    page.select_proposal(proposal.id)
    kept = page.kind_group.checkedId()
    other = next(i for i in range(len(page.KINDS)) if i != kept)
    asked = _answer_why(monkeypatch, None)

    page.kind_group.button(other).click()
    assert len(asked) == 1
    assert page.kind_group.checkedId() == kept

    page.rationale.setFocus()
    page.rationale.setPlainText("Typed after the meeting")
    page.rationale.commit()
    assert asked[1] == f"Edit rationale of “{proposal.title}”"
    stored = next(d for d in _stored(window).decisions if d.proposal_id == proposal.id)
    assert page.rationale.toPlainText() == stored.rationale, "the field shows what is stored"
    assert dump(window.workspace) == before
    assert window.undo_stack.count() == 0


def test_a_rationale_corrected_after_closing_is_an_amendment(
    qtbot, window: MainWindow, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _decisions(qtbot, window, demo_path)
    proposal = _stored(window).proposals[2]
    page.select_proposal(proposal.id)
    asked = _answer_why(monkeypatch, "Minutes said 'phase 2', the room agreed on phase 1")

    page.rationale.setFocus()
    qtbot.waitUntil(page.rationale.hasFocus)
    page.rationale.setPlainText("Phase 1 only, as agreed in the room.")
    qtbot.keyClick(page.rationale, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert asked == [f"Edit rationale of “{proposal.title}”"]
    after = _stored(window)
    stored = next(d for d in after.decisions if d.proposal_id == proposal.id)
    assert stored.rationale == "Phase 1 only, as agreed in the room."
    [amendment] = after.amendments
    assert amendment.what.endswith("rationale changed")
    assert amendment.why == "Minutes said 'phase 2', the room agreed on phase 1"


# -- actions of a closed workshop ---------------------------------------------------------------


def test_editing_an_action_asks_why_and_records_an_amendment_cancel_changes_nothing(
    qtbot, window: MainWindow, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _decisions(qtbot, window, demo_path)
    action = _stored(window).actions[0]
    model = page.action_model
    index = model.index(model.row_of(action.id), ActionsModel.OWNER)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable, "actions are amended in place"

    asked = _answer_why(monkeypatch, None)
    assert model.setData(index, "Priya Raman")
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert asked == [f"Change action owner: “{action.text}”"]
    assert _stored(window).actions[0] == action
    assert index.data() == action.owner
    assert _stored(window).amendments == ()

    asked = _answer_why(monkeypatch, "The owner changed teams")
    assert model.setData(index, "Priya Raman")
    qtbot.waitUntil(lambda: _stored(window).amendments != ())
    after = _stored(window)
    assert next(a for a in after.actions if a.id == action.id).owner == "Priya Raman"
    [amendment] = after.amendments
    assert (amendment.entity, amendment.entity_id) == ("action_item", action.id)
    assert amendment.why == "The owner changed teams"
    assert "owner:" in amendment.what and "Priya Raman" in amendment.what
    assert model.index(model.row_of(action.id), ActionsModel.OWNER).data() == "Priya Raman"
    assert page.amendments.count() == 1


def test_a_closed_workshops_actions_cannot_be_added_or_deleted_even_by_shortcut(
    qtbot, window: MainWindow, demo_path: Path, warned: list[str]
) -> None:
    page = _decisions(qtbot, window, demo_path)
    count = len(_stored(window).actions)
    page.action_table.setFocus()
    page.action_table.selectRow(0)
    qtbot.keyClick(page.action_table, Qt.Key.Key_Insert)
    qtbot.keyClick(page.action_table, Qt.Key.Key_Delete)
    page.add_action_item()
    page.delete_action_item()
    assert len(_stored(window).actions) == count
    assert warned == []


# -- the set-up of a closed workshop ------------------------------------------------------------


def test_a_closed_workshops_set_up_lists_refuse_edits_but_its_agenda_does_not(
    qtbot, window: MainWindow, demo_path: Path, warned: list[str]
) -> None:
    window.open_path(str(demo_path))
    window.show_area(4)
    _select(window, DEMO)
    page = window.setup_page
    window.workshops_area.pages.setCurrentWidget(page)
    qtbot.waitExposed(page)
    assert page.banner.isVisible()
    assert page.banner.text().startswith("This workshop is closed.")
    assert not page.copy_button.isEnabled()
    assert window.workspace is not None
    before = dump(window.workspace)
    for section in (page.participants, page.criteria, page.proposals):
        page.tabs.setCurrentWidget(section)
        table, model = section.table, section.model
        index = model.index(0, 0)
        assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
        assert not model.setData(index, "Renamed")
        table.setFocus()
        table.setCurrentIndex(index)
        qtbot.keyClick(table, Qt.Key.Key_F2)
        assert table.state() != QAbstractItemView.State.EditingState
        for key in (Qt.Key.Key_Insert, Qt.Key.Key_Delete):
            qtbot.keyClick(table, key)
        qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
        assert not any(button.isEnabled() for button in section.buttons.values())
    assert dump(window.workspace) == before
    assert warned == []

    agenda = page.agenda
    assert agenda.model.flags(agenda.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert agenda.buttons[agenda.add_action].isEnabled()
    item = _stored(window).agenda[0]
    column = agenda.model.column_of("title")
    assert agenda.model.setData(agenda.model.index(0, column), "Welcome and goals")
    qtbot.waitUntil(lambda: _stored(window).agenda[0].title == "Welcome and goals")
    assert _stored(window).agenda[0].id == item.id
    assert warned == []


# -- the command line ---------------------------------------------------------------------------


def test_workshop_close_on_the_command_line_then_once_more(demo_path: Path) -> None:
    made = _live_workshop(demo_path)

    done = run("workshop", "close", demo_path, "--workshop", made)
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.strip().splitlines()) == 1 and done.stderr == ""
    with files.open_file(demo_path, read_only=True) as ws:
        data = queries.workshop(ws, made)
    assert data.workshop.status == m.WorkshopStatus.CLOSED
    assert all(r.status == m.RoundStatus.CLOSED for r in data.rounds)

    assert_refused(run("workshop", "close", demo_path, "--workshop", made), "already closed")
    assert_refused(run("workshop", "close", demo_path, "--workshop", 999), "999")


def test_the_reason_dialog_names_the_change_and_needs_a_reason(qtbot) -> None:
    dialog = AmendDialog("Change action owner: “Draft the charter”")
    qtbot.addWidget(dialog)
    assert dialog.what.text() == "Change action owner: “Draft the charter”"
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.reason, "   ")
    assert not dialog.ok.isEnabled(), "blanks are no reason"
    qtbot.keyClicks(dialog.reason, "Wrong owner in the minutes")
    assert dialog.ok.isEnabled()
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.why() == "Wrong owner in the minutes"
