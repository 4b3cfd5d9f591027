"""Criteria weights… on the Results page: the facilitator sees what the pairwise comparisons
give, adopts the group's weights (the results are scored with them) or keeps the set ones,
and Undo takes either back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from pmo_tmo_desktop.services import entities, files, pairwise, queries, workshops
from pmo_tmo_desktop.ui.shell.main_window import MainWindow
from pmo_tmo_desktop.ui.workshop.results.weights_dialog import WeightsDialog
from tests.ui.test_rating_page import _page


@pytest.fixture
def rated(demo_path: Path) -> tuple[Path, int]:
    """A named workshop asking for pairwise weights: Ana (PMO) and Ben, Chloé (TMO) compared
    Value, Risk and Fit, and rated two proposals in a closed round."""
    with files.open_file(demo_path) as ws:
        offices = {o.name: o.id for o in queries.offices(ws)}
        wid = entities.create(
            ws, "workshop", title="Weighted review", anonymity="named", pairwise_weights=True
        ).new_id
        people = [
            entities.create(
                ws, "participant", workshop_id=wid, name=name, office_id=offices[office]
            ).new_id
            for name, office in (("Ana", "PMO"), ("Ben", "TMO"), ("Chloé", "TMO"))
        ]
        value, risk, fit = (
            entities.create(ws, "criterion", workshop_id=wid, name=name).new_id
            for name in ("Value", "Risk", "Fit")
        )
        crm, erp = (
            entities.create(ws, "proposal", workshop_id=wid, title=title).new_id
            for title in ("CRM renewal", "ERP upgrade")
        )
        for who in people:  # Value matters most, Fit least
            pairwise.record_judgement(ws, who, value, risk, 5)
            pairwise.record_judgement(ws, who, value, fit, 7)
            pairwise.record_judgement(ws, who, risk, fit, 3)
        round_id = workshops.open_round(ws, wid).value
        for who in people:  # CRM is valuable, ERP fits: equal under equal weights
            for proposal, criterion, score in (
                (crm, value, 10), (crm, risk, 5), (crm, fit, 1),
                (erp, value, 1), (erp, risk, 5), (erp, fit, 10),
            ):  # fmt: skip
                workshops.rate(ws, round_id, who, proposal, criterion, score)
        workshops.close_round(ws, wid)
    return demo_path, wid


def _scores(window: MainWindow) -> dict[str, float]:
    found = window.results_page.found
    assert found is not None
    return {p.title: round(p.score, 1) for p in found.results.proposals}


def test_adopting_the_group_weights_rescores_the_results_and_undo_takes_it_back(
    qtbot, window: MainWindow, rated: tuple[Path, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, wid = rated
    _page(window, path, wid)
    page = window.results_page
    window.workshops_area.pages.setCurrentWidget(page)
    assert page.weights_button.isVisible()
    before = _scores(window)
    assert before["CRM renewal"] == before["ERP upgrade"]
    opened: list[int] = []
    monkeypatch.setattr(
        WeightsDialog, "ask", classmethod(lambda cls, ctx, w, parent: opened.append(w.id))
    )
    qtbot.mouseClick(page.weights_button, Qt.MouseButton.LeftButton)
    assert opened == [wid]

    dialog = WeightsDialog(window, wid, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "set by the facilitator" in dialog.in_force.text()
    model = dialog.criteria_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Criterion", "Weight in force", "Share", "PMO", "TMO", "Group"]
    assert not dialog.keep_button.isEnabled()
    qtbot.mouseClick(dialog.adopt_button, Qt.MouseButton.LeftButton)
    assert "the group's weights" in dialog.in_force.text()
    assert dialog.keep_button.isEnabled()
    after = _scores(window)
    assert after["CRM renewal"] > after["ERP upgrade"]  # Value counts most now
    assert "from the pairwise comparisons" in page.summary.text()
    assert window.undo_action.text() == "&Undo Adopt group weights"

    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert _scores(window) == before
    assert window.undo_action.text() == "&Undo Keep set weights"
    dialog.close()
    window.undo_action.trigger()  # the group's weights again
    assert _scores(window) == after
    window.undo_action.trigger()  # and the set ones
    assert _scores(window) == before
    with files.open_file(path, read_only=True) as ws:
        assert queries.workshop(ws, wid).workshop.weights_in_force == "set"


def test_office_privacy_withholds_a_lone_offices_weights(
    qtbot, window: MainWindow, rated: tuple[Path, int]
) -> None:
    path, wid = rated
    with files.open_file(path) as ws:
        entities.edit(ws, "workshop", wid, anonymity="office-tagged")
    _page(window, path, wid)
    dialog = WeightsDialog(window, wid, window)
    qtbot.addWidget(dialog)
    model = dialog.criteria_model
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[0] == "Value" and row[3:5] == ["—", "—"]  # PMO has one: both offices withheld
    assert row[5].endswith("%")  # the group of three is shown
    people = [dialog.entries_model.index(r, 2).data() for r in range(3)]
    assert people == ["—", "—", "—"]  # nobody's own consistency
    assert "nobody's own weights are shown" in dialog.note.text()


def test_a_closed_workshops_weights_are_shown_not_changed(
    qtbot, window: MainWindow, rated: tuple[Path, int]
) -> None:
    path, wid = rated
    _page(window, path, wid)
    dialog = WeightsDialog(window, wid, window, closed=True)
    qtbot.addWidget(dialog)
    assert not dialog.adopt_button.isEnabled() and not dialog.keep_button.isEnabled()
