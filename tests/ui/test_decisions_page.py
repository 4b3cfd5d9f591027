"""Deciding proposals and keeping the action items, as the facilitator does in the room."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QTableView

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.services import entities, files, queries, workshops
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.ui.workshop.decisions.decisions_editors import DueDateEdit
from pmo_tmo_desktop.ui.workshop.decisions.decisions_models import (
    DECISION_COLOURS,
    OVERDUE_BACKGROUND,
    ActionsModel,
    BadgeRole,
    OverdueRole,
    ProposalsModel,
)
from pmo_tmo_desktop.ui.workshop.decisions.decisions_page import DecisionsPage
from tests.ui.page_host import WorkshopHost

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
TODAY = date(2026, 11, 10)
ERP, INTEGRATION, PORTAL = 1, 2, 3


class Harness(WorkshopHost):
    """The decisions page of the first workshop in its host, on a fixed date."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace, queries.workshops(workspace)[0].id)
        self.show(DecisionsPage(self, today=lambda: TODAY))


@pytest.fixture
def harness(qtbot, demo_path: Path) -> Iterator[Harness]:
    ws = files.open_file(demo_path)
    with ws.transaction() as conn:  # these stories edit a live workshop; the demo's is closed
        conn.exec_driver_sql("UPDATE workshop SET status = 'live'")
    h = Harness(ws)
    qtbot.addWidget(h.page)
    h.page.resize(1100, 750)
    h.page.show()
    qtbot.waitExposed(h.page)
    h.page.activateWindow()
    qtbot.waitUntil(h.page.isActiveWindow)
    yield h
    h.stack.clear()
    ws.close()


def _stored(path: Path) -> queries.WorkshopData:
    with files.open_file(path, read_only=True) as ws:
        return queries.workshop(ws, queries.workshops(ws)[0].id)


def _decision(path: Path, proposal_id: int) -> m.Decision | None:
    return next((d for d in _stored(path).decisions if d.proposal_id == proposal_id), None)


def _action(path: Path, action_id: int) -> m.ActionItem:
    return next(a for a in _stored(path).actions if a.id == action_id)


def _click(qtbot, table: QTableView, row: int, column: int = 0) -> None:
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert table.currentIndex().row() == row


def _click_proposal(qtbot, page: DecisionsPage, proposal_id: int) -> None:
    _click(qtbot, page.proposals, page.proposal_model.row_of(proposal_id))


def _edit_cell(qtbot, page: DecisionsPage, action_id: int, column: int) -> None:
    _click(qtbot, page.action_table, page.action_model.row_of(action_id), column)
    qtbot.keyClick(page.action_table, Qt.Key.Key_F2)


def _focus(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def _replace_text(qtbot, editor, text: str) -> None:
    _focus(qtbot, editor)
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editor, text)


def _checked_kind(page: DecisionsPage) -> m.DecisionKind | None:
    return page.KINDS[page.kind_group.checkedId()]


# -- the proposals and their decisions -------------------------------------------------------


def test_each_proposal_shows_its_decision_as_a_coloured_badge(harness: Harness) -> None:
    model = harness.page.proposal_model
    assert model.rowCount() == 7
    labels = [model.index(r, ProposalsModel.DECISION).data() for r in range(7)]
    assert labels == [
        "Needs information",
        "Deferred",
        "Approved",
        "Rejected",
        "Approved",
        "Approved",
        "Approved",
    ]
    badge = model.index(3, ProposalsModel.DECISION).data(BadgeRole)
    assert badge == QColor(DECISION_COLOURS[m.DecisionKind.REJECT])
    assert model.index(0, ProposalsModel.TITLE).data() == "1. ERP finance module upgrade"


def test_the_form_shows_the_selected_proposals_decision(qtbot, harness: Harness) -> None:
    page = harness.page
    assert page.current_proposal_id() == ERP  # the first one is selected at once
    assert _checked_kind(page) == m.DecisionKind.NEEDS_INFORMATION
    assert page.badge.text() == "Needs information"
    _click_proposal(qtbot, page, PORTAL)
    assert page.title.text() == "Customer self-service portal"
    assert _checked_kind(page) == m.DecisionKind.APPROVE
    assert page.rationale.toPlainText().startswith("Highest overall score")
    assert page.conditions.toPlainText().startswith("The first release must use")
    assert "Sponsor: Amira Haddad" in page.details.text()


def test_alt_a_approves_the_proposal_keeps_the_rationale_and_undo_restores_it(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    page = harness.page
    before = _decision(demo_path, ERP)
    assert before is not None
    _focus(qtbot, page.proposals)
    qtbot.keyClick(page.proposals, Qt.Key.Key_A, ALT)
    qtbot.waitUntil(lambda: harness.stack.count() == 1)
    after = _decision(demo_path, ERP)
    assert after is not None
    assert after.kind == m.DecisionKind.APPROVE
    assert (after.rationale, after.conditions) == (before.rationale, before.conditions)
    assert harness.stack.undoText() == "Decide “ERP finance module upgrade”: Approved"
    assert page.proposal_model.index(0, ProposalsModel.DECISION).data() == "Approved"
    assert page.badge.text() == "Approved"
    harness.stack.undo()
    assert _decision(demo_path, ERP) == before
    assert _checked_kind(page) == m.DecisionKind.NEEDS_INFORMATION


def test_arrow_keys_in_the_decision_row_change_the_decision(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    page = harness.page
    _click_proposal(qtbot, page, INTEGRATION)  # deferred
    defer = page.kind_group.button(page.KINDS.index(m.DecisionKind.DEFER))
    _focus(qtbot, defer)
    qtbot.keyClick(defer, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: harness.stack.count() == 1)
    assert _decision(demo_path, INTEGRATION).kind == m.DecisionKind.NEEDS_INFORMATION


def test_a_rationale_typed_is_saved_when_the_focus_leaves_and_is_undoable(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    page = harness.page
    _click_proposal(qtbot, page, PORTAL)
    old = _decision(demo_path, PORTAL)
    _replace_text(qtbot, page.rationale, "Best score; all offices agree.")
    assert harness.stack.count() == 0  # nothing is saved while typing
    qtbot.keyClick(page.rationale, Qt.Key.Key_Tab)
    assert page.conditions.hasFocus()  # Tab moves on rather than typing a tab
    stored = _decision(demo_path, PORTAL)
    assert stored.rationale == "Best score; all offices agree."
    assert stored.conditions == old.conditions
    assert harness.stack.undoText() == "Edit rationale of “Customer self-service portal”"
    harness.stack.undo()
    assert _decision(demo_path, PORTAL).rationale == old.rationale
    assert page.rationale.toPlainText() == old.rationale


def test_ctrl_enter_saves_the_conditions_and_keeps_the_focus(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    page = harness.page
    _replace_text(qtbot, page.conditions, "Assessment report by 30 November.")
    qtbot.keyClick(page.conditions, Qt.Key.Key_Return, CTRL)
    assert _decision(demo_path, ERP).conditions == "Assessment report by 30 November."
    assert page.conditions.hasFocus()
    assert page.conditions.toPlainText() == "Assessment report by 30 November."  # no new line
    assert harness.stack.undoText() == "Edit conditions of “ERP finance module upgrade”"
    qtbot.keyClick(page.conditions, Qt.Key.Key_Return, CTRL)  # unchanged: no second step
    assert harness.stack.count() == 1


def test_text_typed_for_one_proposal_is_saved_for_it_when_another_is_chosen(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    page = harness.page
    _replace_text(qtbot, page.rationale, "Re-estimate first.")
    _click_proposal(qtbot, page, INTEGRATION)
    assert _decision(demo_path, ERP).rationale == "Re-estimate first."
    assert _decision(demo_path, INTEGRATION).rationale.startswith("Architecturally important")
    assert page.rationale.toPlainText().startswith("Architecturally important")


def test_no_decision_withdraws_it_and_undo_brings_it_back(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    page = harness.page
    before = _decision(demo_path, ERP)
    qtbot.mouseClick(page.kind_group.button(4), Qt.MouseButton.LeftButton)
    assert _decision(demo_path, ERP) is None
    assert harness.stack.undoText() == "Withdraw decision on “ERP finance module upgrade”"
    assert page.proposal_model.index(0, ProposalsModel.DECISION).data() == "Undecided"
    assert page.proposal_model.index(0, ProposalsModel.DECISION).data(BadgeRole) is None
    assert page.rationale.toPlainText() == ""
    assert not page.rationale.isEnabled()
    assert not page.conditions.isEnabled()
    harness.stack.undo()
    assert _decision(demo_path, ERP) == before
    assert page.rationale.isEnabled()
    assert page.rationale.toPlainText() == before.rationale


def test_an_undecided_proposal_is_decided_then_its_rationale_recorded(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    page = harness.page
    ws = harness.workspace
    harness.run("Withdraw", lambda: workshops.decide(ws, PORTAL, None))
    _click_proposal(qtbot, page, PORTAL)
    assert _checked_kind(page) is None
    assert page.rationale.placeholderText() == "Choose a decision first, then record why."
    _focus(qtbot, page.proposals)
    qtbot.keyClick(page.proposals, Qt.Key.Key_R, ALT)
    qtbot.waitUntil(lambda: _decision(demo_path, PORTAL) is not None)
    assert _decision(demo_path, PORTAL).kind == m.DecisionKind.REJECT
    assert page.rationale.isEnabled()
    _replace_text(qtbot, page.rationale, "Out of budget.")
    _focus(qtbot, page.proposals)
    assert _decision(demo_path, PORTAL).rationale == "Out of budget."
    assert harness.stack.count() == 3


# -- action items ----------------------------------------------------------------------------


def test_ins_on_a_proposal_adds_an_action_for_it_and_its_text_is_typed_at_once(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    page = harness.page
    _click_proposal(qtbot, page, PORTAL)
    qtbot.keyClick(page.proposals, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    assert editor.parent() is page.action_table.viewport()
    qtbot.keyClicks(editor, "Book the design authority review")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: harness.stack.count() == 2)
    new = _stored(demo_path).actions[-1]
    assert (new.text, new.proposal_id, new.status) == (
        "Book the design authority review",
        PORTAL,
        m.ActionStatus.OPEN,
    )
    assert page.current_action_id() == new.id
    assert harness.stack.undoText() == "Edit action text"


def test_the_owner_is_picked_from_the_participants_or_typed(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    page = harness.page
    _edit_cell(qtbot, page, 2, ActionsModel.OWNER)
    combo = page.action_table.findChild(QComboBox)
    assert combo.isEditable()
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names[:2] == ["Margaret Okafor", "Lukas Brandt"] and len(names) == 10
    assert combo.currentText() == "Tomás Herrera"
    qtbot.keyClicks(combo.lineEdit(), "External auditor")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _action(demo_path, 2).owner == "External auditor")
    assert harness.stack.undoText() == "Change action owner"
    _edit_cell(qtbot, page, 2, ActionsModel.OWNER)
    combo = page.action_table.findChild(QComboBox)
    combo.setCurrentIndex(names.index("Aiko Tanaka"))
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _action(demo_path, 2).owner == "Aiko Tanaka")


def test_the_due_date_is_set_with_the_date_editor_and_can_be_emptied(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    page = harness.page
    _edit_cell(qtbot, page, 10, ActionsModel.DUE)
    editor = page.action_table.findChild(DueDateEdit)
    assert editor.date() == QDate(2026, 11, 27)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert editor.text() == "No date"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _action(demo_path, 10).due is None)
    assert page.action_model.index(page.action_model.row_of(10), ActionsModel.DUE).data() == ""
    assert harness.stack.undoText() == "Change action due date"

    _edit_cell(qtbot, page, 10, ActionsModel.DUE)
    editor = page.action_table.findChild(DueDateEdit)
    assert editor.text() == "No date"
    qtbot.keyClick(editor, Qt.Key.Key_Up)  # from an empty date, stepping starts at today
    assert editor.due() == TODAY
    qtbot.keyClick(editor, Qt.Key.Key_Up)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _action(demo_path, 10).due is not None)
    assert _action(demo_path, 10).due > TODAY
    harness.stack.undo()
    assert _action(demo_path, 10).due is None


def test_the_status_and_the_links_are_picked_from_lists(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    page = harness.page
    _edit_cell(qtbot, page, 2, ActionsModel.STATUS)
    combo = page.action_table.findChild(QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["Open", "In progress", "Done"]
    qtbot.waitUntil(lambda: combo.view().isVisible())  # the list opens at once
    qtbot.keyClick(combo.view(), Qt.Key.Key_Down)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _action(demo_path, 2).status == m.ActionStatus.IN_PROGRESS)
    assert harness.stack.undoText() == "Change action status"

    _edit_cell(qtbot, page, 2, ActionsModel.PROPOSAL)
    combo = page.action_table.findChild(QComboBox)
    assert combo.itemText(0) == "— none"
    assert combo.currentText() == "1. ERP finance module upgrade"
    qtbot.waitUntil(lambda: combo.view().isVisible())
    qtbot.keyClick(combo.view(), Qt.Key.Key_Home)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _action(demo_path, 2).proposal_id is None)

    _edit_cell(qtbot, page, 2, ActionsModel.AGENDA)
    combo = page.action_table.findChild(QComboBox)
    assert combo.count() == 9
    qtbot.waitUntil(lambda: combo.view().isVisible())
    qtbot.keyClick(combo.view(), Qt.Key.Key_End)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _action(demo_path, 2).agenda_item_id == 8)
    assert harness.stack.undoText() == "Link action to an agenda item"


def test_del_deletes_the_action_and_undo_restores_it(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    page = harness.page
    before = _action(demo_path, 3)
    _click(qtbot, page.action_table, page.action_model.row_of(3))
    qtbot.keyClick(page.action_table, Qt.Key.Key_Delete)
    assert 3 not in {a.id for a in _stored(demo_path).actions}
    assert page.action_model.rowCount() == 9
    assert page.current_action_id() == 4  # the next one is selected
    assert harness.stack.undoText().startswith("Delete action “Link the integration")
    harness.stack.undo()
    assert _action(demo_path, 3) == before
    assert page.action_model.rowCount() == 10


def test_overdue_actions_that_are_not_done_are_shown_in_a_warning_colour(
    harness: Harness,
) -> None:
    model = harness.page.action_model
    overdue = {model.record(r).id for r in range(10) if model.index(r, 0).data(OverdueRole)}
    assert overdue == {4, 6}  # 7, 8 and 9 are past their date too, but done
    row = model.row_of(6)
    assert model.index(row, ActionsModel.TEXT).data(Qt.ItemDataRole.BackgroundRole) == QColor(
        OVERDUE_BACKGROUND
    )
    assert model.index(row, ActionsModel.DUE).data(Qt.ItemDataRole.ToolTipRole) == (
        "Overdue by 4 days"
    )
    assert model.index(model.row_of(1), 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "overdue: 2" in harness.page.action_summary.text()


def test_an_overdue_action_marked_done_is_no_longer_highlighted(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    page = harness.page
    row = page.action_model.row_of(6)
    page.action_model.setData(page.action_model.index(row, ActionsModel.STATUS), "done")
    qtbot.waitUntil(lambda: _action(demo_path, 6).status == m.ActionStatus.DONE)
    assert not page.action_model.index(row, 0).data(OverdueRole)
    assert "overdue: 1" in page.action_summary.text()


# -- keyboard, read-only, models -------------------------------------------------------------


def test_tab_walks_from_the_proposals_over_the_form_to_the_actions(qtbot, harness: Harness) -> None:
    page = harness.page
    _focus(qtbot, page.proposals)
    seen = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert seen[0] in page.kind_group.buttons()
    assert seen[1:5] == [page.rationale, page.conditions, page.action_table, page.add_button]
    assert page.proposals.accessibleName() == "Proposals"
    assert page.action_table.accessibleName() == "Action items"
    assert page.rationale.accessibleName() == "Rationale"


def test_a_read_only_workspace_is_shown_but_not_editable(qtbot, demo_path: Path) -> None:
    with files.open_file(demo_path, read_only=True) as ws:
        h = Harness(ws)
        qtbot.addWidget(h.page)
        page = h.page
        assert page.action_model.rowCount() == 10
        flags = page.action_model.flags(page.action_model.index(0, 0))
        assert not flags & Qt.ItemFlag.ItemIsEditable
        assert not any(b.isEnabled() for b in page.kind_group.buttons())
        assert page.rationale.isReadOnly()
        assert not page.add_action.isEnabled()
        page.add_action_item()
        assert h.stack.count() == 0


def test_both_models_pass_the_model_tester(qtmodeltester, demo_path: Path) -> None:
    data = _stored(demo_path)
    proposals = ProposalsModel()
    proposals.set_workshop(data)
    qtmodeltester.check(proposals)
    actions = ActionsModel(lambda: TODAY)
    actions.set_workshop(data, {})
    qtmodeltester.check(actions)


def test_a_refresh_keeps_the_text_still_being_typed(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    page = harness.page
    ws = harness.workspace
    _replace_text(qtbot, page.rationale, "Half a thought")
    harness.run("Edit", lambda: entities.edit(ws, "action_item", 1, owner="Someone else"))
    assert page.rationale.toPlainText() == "Half a thought"
    assert page.rationale.hasFocus()
    qtbot.keyClick(page.rationale, Qt.Key.Key_Return, CTRL)
    assert _decision(demo_path, ERP).rationale == "Half a thought"
