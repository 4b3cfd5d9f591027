"""Workshop workbooks against a real workspace: set-up into a workshop, ballots out and back in."""

from __future__ import annotations

from pathlib import Path

import pytest

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.domain.errors import UserError, ValidationError
from pmo_tmo_desktop.exchange.xlsx_safe import WorkbookError
from pmo_tmo_desktop.services import files, queries, rows, workshop_files, workshops
from pmo_tmo_desktop.services.files import Workspace
from tests.exchange.test_workshop_xlsx import edit_cells, fill_setup
from tests.services.helpers import backups_made, office_id
from tests.store.helpers import dump


def _backups(ws: Workspace) -> list[str]:
    return [b.reason for b in files.list_backups(ws)]


@pytest.fixture
def filled(workspace: Workspace, tmp_path: Path) -> Path:
    template = tmp_path / "template.xlsx"
    workshop_files.write_template(template, workspace)
    return fill_setup(template, tmp_path / "setup.xlsx")


@pytest.fixture
def workshop_id(workspace: Workspace, filled: Path) -> int:
    return workshop_files.create_from_setup(workspace, filled).new_id


def test_a_filled_setup_becomes_a_workshop_in_one_undoable_step(
    workspace: Workspace, filled: Path
) -> None:
    before = dump(workspace)
    outcome = workshop_files.create_from_setup(workspace, filled)
    data = queries.workshop(workspace, outcome.new_id)
    assert data.workshop.title == "Q1 Portfolio Review"
    assert data.workshop.anonymity == m.Anonymity.NAMED and data.workshop.budget == 1500000
    assert [(p.name, p.office_id) for p in data.participants] == [
        ("Ana García", office_id(workspace, "PMO")),
        ("Tom Berg", office_id(workspace, "TMO")),
        ("Rafael Costa", office_id(workspace, "Business")),
    ]
    assert [(c.name, c.weight, c.direction, c.scale_min, c.scale_max) for c in data.criteria] == [
        ("Strategic fit", 3, "higher", 1, 10),
        ("Delivery risk", 2, "lower", 0, 4),
        ("Benefit", 1, "higher", 1, 10),
    ]
    assert [(p.title, p.cost, p.duration_months) for p in data.proposals] == [
        ("New CRM", 250000, 9),
        ("ERP upgrade", 120000, 6),
    ]
    assert [(a.title, a.duration_minutes, a.minutes) for a in data.agenda] == [
        ("Welcome", 10, ""),
        ("Rating round 1", 45, "Blind"),
    ]
    assert _backups(workspace) == backups_made(workspace, ["before-import"])
    rows.apply(workspace, outcome.undo)
    assert dump(workspace) == before


def test_a_bad_setup_changes_nothing_and_takes_no_backup(
    workspace: Workspace, filled: Path
) -> None:
    edit_cells(filled, "Criteria", {"B4": 0})
    before = dump(workspace)
    with pytest.raises(WorkbookError, match="sheet Criteria, cell B4"):
        workshop_files.create_from_setup(workspace, filled)
    assert dump(workspace) == before and _backups(workspace) == []


def test_the_same_setup_twice_is_refused_by_title(workspace: Workspace, filled: Path) -> None:
    workshop_files.create_from_setup(workspace, filled)
    with pytest.raises(WorkbookError, match="sheet Workshop, cell B3: the workspace already has"):
        workshop_files.create_from_setup(workspace, filled)


def test_the_template_offers_the_workspaces_offices(workspace: Workspace, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    workshop_files.write_template(tmp_path / "t.xlsx", workspace)
    checks = load_workbook(tmp_path / "t.xlsx")["Participants"].data_validations.dataValidation
    names = [o.name for o in queries.offices(workspace)]
    assert any(v.formula1 == '"' + ",".join(names) + '"' for v in checks)


def test_ballots_export_one_file_per_participant_of_the_demo(
    demo_path: Path, tmp_path: Path
) -> None:
    with files.open_file(demo_path, read_only=True) as ws:
        [demo] = queries.workshops(ws)
        people = queries.workshop(ws, demo.id).participants
        written = workshop_files.export_ballots(ws, demo.id, tmp_path / "out" / "ballots")
    assert len(written) == len(people) >= 8
    assert {p.name for p in written} >= {"ballot-margaret-okafor.xlsx", "ballot-tomas-herrera.xlsx"}
    assert all(p.exists() for p in written)


def test_a_workshop_with_nothing_to_rate_exports_no_ballots(
    workspace: Workspace, tmp_path: Path
) -> None:
    from pmo_tmo_desktop.services import entities

    empty = entities.create(workspace, "workshop", title="Empty").new_id
    entities.create(workspace, "participant", workshop_id=empty, name="Ann")
    with pytest.raises(ValidationError, match="criteria and proposals"):
        workshop_files.export_ballots(workspace, empty, tmp_path / "b")
    assert not (tmp_path / "b").exists()


def _export(ws: Workspace, workshop_id: int, folder: Path) -> dict[str, Path]:
    return {p.stem: p for p in workshop_files.export_ballots(ws, workshop_id, folder)}


def test_ballots_import_into_a_new_blind_round_and_replace_on_reimport(
    workspace: Workspace, workshop_id: int, tmp_path: Path
) -> None:
    ballots = _export(workspace, workshop_id, tmp_path / "b")
    ana = edit_cells(ballots["ballot-ana-garcia"], "Ballot", {"B7": 8, "C7": 3, "D8": 7})
    tom = edit_cells(ballots["ballot-tom-berg"], "Ballot", {"B7": 4})
    outcome = workshop_files.import_ballots(workspace, workshop_id, [ana, tom])
    summary = outcome.value
    assert (summary.ballots, summary.ratings, summary.removed) == (2, 4, 0)
    assert (summary.round_number, summary.round_opened) == (1, True)
    data = queries.workshop(workspace, workshop_id)
    assert data.open_round is not None and data.open_round.blind
    assert len(data.ratings) == 4
    assert {r.entered_by for r in data.ratings} == {m.EnteredBy.BALLOT}
    assert _backups(workspace) == backups_made(workspace, ["before-import"] * 2)  # set-up, ballots

    again = workshop_files.import_ballots(workspace, workshop_id, [ana, tom]).value
    assert (again.ratings, again.round_number, again.round_opened) == (4, 1, False)
    assert len(queries.workshop(workspace, workshop_id).ratings) == 4

    edit_cells(ana, "Ballot", {"C7": None, "B7": 9})
    corrected = workshop_files.import_ballots(workspace, workshop_id, [ana]).value
    assert (corrected.ratings, corrected.removed) == (2, 1)
    values = {
        (r.participant_id, r.proposal_id, r.criterion_id): r.value
        for r in queries.workshop(workspace, workshop_id).ratings
    }
    assert sorted(values.values()) == [4, 7, 9]

    before_undo = len(queries.workshop(workspace, workshop_id).ratings)
    rows.apply(workspace, workshop_files.import_ballots(workspace, workshop_id, [tom]).undo)
    assert len(queries.workshop(workspace, workshop_id).ratings) == before_undo


def test_an_empty_cell_keeps_what_was_rated_at_the_laptop(
    workspace: Workspace, workshop_id: int, tmp_path: Path
) -> None:
    ballots = _export(workspace, workshop_id, tmp_path / "b")
    data = queries.workshop(workspace, workshop_id)
    round_id = workshops.open_round(workspace, workshop_id).new_id
    ana, crm, fit = data.participants[0].id, data.proposals[0].id, data.criteria[0].id
    workshops.rate(workspace, round_id, ana, crm, fit, 6)
    summary = workshop_files.import_ballots(workspace, workshop_id, [ballots["ballot-ana-garcia"]])
    assert (summary.value.ratings, summary.value.removed, summary.value.round_opened) == (
        0,
        0,
        False,
    )
    [kept] = queries.workshop(workspace, workshop_id).ratings
    assert (kept.value, kept.entered_by) == (6, m.EnteredBy.SELF)


def test_a_bad_ballot_among_good_ones_changes_nothing(
    workspace: Workspace, workshop_id: int, tmp_path: Path
) -> None:
    ballots = _export(workspace, workshop_id, tmp_path / "b")
    good = edit_cells(ballots["ballot-ana-garcia"], "Ballot", {"B7": 8})
    bad = edit_cells(ballots["ballot-tom-berg"], "Ballot", {"C8": 5})  # risk is 0..4
    before, backups = dump(workspace), _backups(workspace)
    with pytest.raises(WorkbookError) as caught:
        workshop_files.import_ballots(workspace, workshop_id, [good, bad])
    assert str(caught.value) == (
        "ballot-tom-berg.xlsx, sheet Ballot, cell C8: 5 is outside the scale 0–4 of Delivery risk"
    )
    with pytest.raises(WorkbookError, match="a second ballot of Ana García"):
        workshop_files.import_ballots(workspace, workshop_id, [good, good])
    assert dump(workspace) == before and _backups(workspace) == backups


def test_ballots_of_another_workshop_or_a_closed_one_are_refused(
    workspace: Workspace, workshop_id: int, filled: Path, tmp_path: Path
) -> None:
    edit_cells(filled, "Workshop", {"B3": "Another review"})
    other = workshop_files.create_from_setup(workspace, filled).new_id
    ballots = _export(workspace, other, tmp_path / "b")
    with pytest.raises(WorkbookError, match="sheet Ballot, cell A1: this ballot is for"):
        workshop_files.import_ballots(workspace, workshop_id, [ballots["ballot-tom-berg"]])
    from pmo_tmo_desktop.services import entities

    entities.edit(workspace, "workshop", other, status="closed")
    with pytest.raises(UserError, match="is closed"):
        workshop_files.import_ballots(workspace, other, [ballots["ballot-tom-berg"]])
