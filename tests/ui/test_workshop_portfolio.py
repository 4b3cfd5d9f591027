# ruff: noqa: F811 - the page fixtures are imported from the set-up page tests
"""Setting a workshop's portfolio rules on its set-up page, with keyboard and mouse: what a
proposal requires, its funding rule and reason, its group, the second resource, the groups."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QTableView

from pmo_tmo_desktop.domain.portfolio_problem import FundingRule
from pmo_tmo_desktop.ui.workshop.setup.workshop_portfolio import (
    GroupsModel,
    PortfolioProposalsModel,
)
from tests.ui.test_workshop_setup import (  # noqa: F401 - fixtures used by name
    Harness,
    _stored,
    demo_ws,
    fresh,
    harness,
    warned,
)

REQUIRES = PortfolioProposalsModel.FIELDS.index(next(
    f for f in PortfolioProposalsModel.FIELDS if f.name == "requires"
))  # fmt: skip


def _column(name: str) -> int:
    return next(i for i, f in enumerate(PortfolioProposalsModel.FIELDS) if f.name == name)


def _f2(qtbot, table: QTableView, row: int, column: int) -> None:
    """Scroll the cell into view, click it and press F2, as a user does."""
    index = table.model().index(row, column)
    table.scrollTo(index)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert (table.currentIndex().row(), table.currentIndex().column()) == (row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)


def _proposals(harness: Harness):  # type: ignore[no-untyped-def]
    section = harness.page.proposals
    harness.page.tabs.setCurrentWidget(section)
    return section


def _tick(qtbot, rows: list[int]) -> None:
    """In the open Requires list: tick `rows` with arrows and Space, then Enter keeps them."""
    editor = QApplication.focusWidget()
    qtbot.waitUntil(lambda: editor is not None and editor.metaObject().className() != "")
    assert type(editor).__name__ == "RequiresEditor"
    for row in rows:
        editor.setCurrentRow(0)
        for _ in range(row):
            qtbot.keyClick(editor, Qt.Key.Key_Down)
        qtbot.keyClick(editor, Qt.Key.Key_Space)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_ticking_what_a_proposal_requires_is_one_undo_step(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    section = _proposals(harness)
    titles = [p.title for p in _stored(demo_path, harness.workshop_id).proposals]
    _f2(qtbot, section.table, 0, _column("requires"))
    _tick(qtbot, [0, 2])  # the list holds the others: the second and fourth proposal
    qtbot.waitUntil(lambda: harness.stack.count() == 1)
    data = _stored(demo_path, harness.workshop_id)
    assert [p.title for p in data.proposals if p.id in data.requires(data.proposals[0].id)] == [
        titles[1],
        titles[3],
    ]
    shown = section.model.index(0, _column("requires")).data()
    assert shown == f"{titles[1]}; {titles[3]}"
    harness.stack.undo()
    assert _stored(demo_path, harness.workshop_id).requirements == ()
    assert not section.model.index(0, _column("requires")).data()


def test_a_circle_of_requirements_is_refused_in_one_line_and_nothing_changes(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    section = _proposals(harness)
    titles = [p.title for p in _stored(demo_path, harness.workshop_id).proposals]
    _f2(qtbot, section.table, 0, _column("requires"))
    _tick(qtbot, [0])  # the first requires the second
    qtbot.waitUntil(lambda: harness.stack.count() == 1)
    _f2(qtbot, section.table, 1, _column("requires"))
    _tick(qtbot, [0])  # the second requires the first: a circle
    qtbot.waitUntil(lambda: bool(harness.errors))
    assert harness.errors == [
        f"Requires: these proposals require each other in a circle: "
        f"{titles[0]} → {titles[1]} → {titles[0]}"
    ]
    assert harness.stack.count() == 1
    data = _stored(demo_path, harness.workshop_id)
    assert len(data.requirements) == 1
    assert not section.model.index(1, _column("requires")).data()


def test_funding_reason_group_and_resource_are_typed_and_chosen(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    page = harness.page
    page.resource_name.setFocus()
    qtbot.keyClicks(page.resource_name, "People")
    qtbot.keyClick(page.resource_name, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.resource_limit, "12")
    qtbot.keyClick(page.resource_limit, Qt.Key.Key_Tab)
    section = _proposals(harness)
    assert section.model.headerData(_column("resource_use"), Qt.Orientation.Horizontal) == "People"

    _f2(qtbot, section.table, 0, _column("funding"))
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Selection decides",
        "Must fund",
        "Must not fund",
    ]
    combo.setCurrentIndex(1)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: harness.stack.count() == 3)

    for steps, (column, text) in enumerate(
        (("reason", "Contract ends in March"), ("resource_use", "3")), start=4
    ):
        _f2(qtbot, section.table, 0, _column(column))
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda steps=steps: harness.stack.count() == steps)

    for row in (0, 1):
        _f2(qtbot, section.table, row, _column("group_name"))
        focused = QApplication.focusWidget()
        group = focused if isinstance(focused, QComboBox) else focused.parent()
        assert isinstance(group, QComboBox) and group.isEditable()
        if row == 0:
            qtbot.keyClicks(group.lineEdit(), "Hosting")
        else:  # the group typed for the first proposal is offered for the next
            assert group.findText("Hosting") > 0
            group.setCurrentIndex(group.findText("Hosting"))
        qtbot.keyClick(group.lineEdit(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda row=row: harness.stack.count() == 6 + row, timeout=2000)

    data = _stored(demo_path, harness.workshop_id)
    first, second = data.proposals[:2]
    assert (data.workshop.resource_name, data.workshop.resource_limit) == ("People", 12)
    assert (first.funding, first.reason, first.resource_use) == (
        FundingRule.MUST, "Contract ends in March", 3,
    )  # fmt: skip
    assert first.group_name == second.group_name == "Hosting"
    assert section.model.index(0, _column("funding")).data() == "Must fund"

    # Two must-funds in a group that allows one: refused, naming the field; nothing changes.
    _f2(qtbot, section.table, 1, _column("funding"))
    combo = QApplication.focusWidget()
    combo.setCurrentIndex(1)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(harness.errors))
    assert harness.errors[0].startswith("Funding: group 'Hosting' allows at most 1 funded")
    assert _stored(demo_path, harness.workshop_id).proposals[1].funding == FundingRule.AUTO
    for _ in range(7):
        harness.stack.undo()
    data = _stored(demo_path, harness.workshop_id)
    assert data.workshop.resource_name == "" and data.proposals[0].funding == FundingRule.AUTO


def test_a_group_is_added_named_and_limited_from_its_tab(
    qtbot, harness: Harness, demo_path: Path
) -> None:
    section = harness.page.groups
    harness.page.tabs.setCurrentWidget(section)
    assert isinstance(section.model, GroupsModel)
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    qtbot.keyClicks(QApplication.focusWidget(), "Data platform")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: harness.stack.count() == 2)
    _f2(qtbot, section.table, 0, 1)
    spin = QApplication.focusWidget()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "2")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: harness.stack.count() == 3)
    groups = _stored(demo_path, harness.workshop_id).groups
    assert [(g.name, g.at_most) for g in groups] == [("Data platform", 2)]
    assert harness.page.tabs.tabText(harness.page.tabs.indexOf(section)) == "Groups (1)"


def test_the_page_is_not_cramped_at_1280_by_800(qtbot, harness: Harness) -> None:
    page = harness.page
    page.resize(1280, 800)
    page.tabs.setCurrentWidget(page.proposals)
    qtbot.wait(10)
    page.grab().save("/tmp/setup.png")
    header = page.proposals.table.horizontalHeader()
    for column in range(page.proposals.model.columnCount()):
        title = page.proposals.model.headerData(column, Qt.Orientation.Horizontal)
        needed = header.fontMetrics().horizontalAdvance(title)
        assert header.sectionSize(column) >= needed, f"{title} is cut"
