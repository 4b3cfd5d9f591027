"""The methodology workbook as users move it: export, re-import, hand-made matrices, refusals."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook

from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.exchange import xlsx_safe
from pmo_tmo_desktop.exchange.xlsx_safe import WorkbookError
from pmo_tmo_desktop.services import entities, files, methodology, queries, rows, transfer
from pmo_tmo_desktop.services.files import Workspace
from pmo_tmo_desktop.services.transfer import FindingRow, ImportSummary
from tests.services.helpers import backups_made
from tests.store.helpers import dump


def write_grid(path: Path, grid: list[list[Any]], title: str = "RACI") -> Path:
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = title
    for row in grid:
        ws.append(row)
    book.save(path)
    return path


def sheet(path: Path, title: str) -> list[tuple[Any, ...]]:
    return list(load_workbook(path, read_only=True)[title].iter_rows(values_only=True))


def letters(ws: Workspace) -> dict[tuple[str, str], str]:
    """(activity, role) → letters, by name."""
    snap = queries.methodology(ws)
    acts = {a.id: a.name for a in snap.activities}
    roles = {r.id: r.name for r in snap.roles}
    return {(acts[a.activity_id], roles[a.role_id]): a.letters for a in snap.assignments}


def test_the_export_holds_the_workspace_and_the_findings_given(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "acme.xlsx"
    finding = FindingRow("warning", "tmo-owner", "Build", "Code", "", "no TMO owner")
    transfer.export_xlsx(workspace, path, [finding])
    snap = queries.methodology(workspace)
    raci = sheet(path, "RACI")
    end = 2 + len(snap.roles)  # the legend follows after a gap
    assert list(raci[1][2:end]) == [r.name for r in snap.roles]
    assert raci[1][end:] == (None,) * len(raci[1][end:])
    named = [row for row in raci[2:] if row[1]]
    assert len(named) == len(snap.activities)
    assert sum(1 for row in named for cell in row[2:end] if cell) == len(snap.assignments)
    assert sheet(path, "Findings")[1] == (
        "warning",
        "tmo-owner",
        "Build",
        "Code",
        None,
        "no TMO owner",
    )


def test_export_then_import_into_an_empty_workspace_then_export_gives_the_same_matrix(
    workspace: Workspace, empty_workspace: Workspace, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    transfer.export_xlsx(workspace, first)

    outcome = transfer.import_xlsx(empty_workspace, first)
    transfer.export_xlsx(empty_workspace, second)

    assert sheet(second, "RACI") == sheet(first, "RACI")
    assert sheet(second, "Roles") == sheet(first, "Roles")
    original, copy = queries.methodology(workspace), queries.methodology(empty_workspace)
    assert [(o.name, o.colour) for o in copy.offices] == [
        (o.name, o.colour) for o in original.offices
    ]
    assert [(a.name, a.kind, a.description) for a in copy.activities] == [
        (a.name, a.kind, a.description) for a in original.activities
    ]
    summary = outcome.value
    assert isinstance(summary, ImportSummary)
    assert summary == ImportSummary(
        "ours", roles_added=len(original.roles), phases_added=len(original.phases),
        activities_added=len(original.activities),
    )  # fmt: skip


def test_importing_our_own_export_again_changes_nothing(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "acme.xlsx"
    transfer.export_xlsx(workspace, path)
    before = dump(workspace)

    outcome = transfer.import_xlsx(workspace, path)

    assert not outcome.changes
    assert dump(workspace) == before


def test_an_import_is_backed_up_first_and_undone_in_one_step(
    workspace: Workspace, tmp_path: Path
) -> None:
    ws = workspace
    path = write_grid(
        tmp_path / "plan.xlsx",
        [["Activity", "Project Manager", "Data Steward"], ["Draft project charter", "A", "r"]],
    )
    before = dump(ws)

    outcome = transfer.import_xlsx(ws, path)

    assert [b.reason for b in files.list_backups(ws)] == backups_made(ws, ["before-import"])
    assert letters(ws)[("Draft project charter", "Data Steward")] == "R"
    rows.apply(ws, outcome.undo)
    assert dump(ws) == before


def test_a_hand_made_matrix_updates_what_it_names_and_leaves_the_rest(
    workspace: Workspace, tmp_path: Path
) -> None:
    ws = workspace
    path = write_grid(
        tmp_path / "hand.xlsx",
        [
            ["Our RACI, as agreed in the steering group"],
            ["Phase", "Activity", "Project Manager", "Project Sponsor", "Data Steward"],
            ["Initiation", "Draft project charter", "r/a", None, "c"],
            [None, "Agree data ownership", None, "A", "R"],
            [],
        ],
    )
    before = letters(ws)

    outcome = transfer.import_xlsx(ws, path)

    after = letters(ws)
    charter = "Draft project charter"
    assert after[(charter, "Project Manager")] == "RA"
    assert (charter, "Project Sponsor") not in after, "an empty cell clears it"
    assert after[(charter, "Data Steward")] == "C"
    assert after[(charter, "Head of PMO")] == before[(charter, "Head of PMO")], "not in the sheet"
    untouched = {k: v for k, v in before.items() if k[0] not in (charter,)}
    assert {k: v for k, v in after.items() if k in untouched} == untouched
    snap = queries.methodology(ws)
    steward = next(r for r in snap.roles if r.name == "Data Steward")
    assert next(o.name for o in snap.offices if o.id == steward.office_id) == "Unassigned"
    initiation = next(p for p in snap.phases if p.name == "Initiation")
    assert snap.activities_of(initiation.id)[-1].name == "Agree data ownership"
    assert outcome.value == ImportSummary(
        "hand-made", offices_added=1, roles_added=1, activities_added=1
    )


def test_without_a_phase_column_activities_match_by_name_and_new_ones_go_to_unassigned(
    workspace: Workspace, tmp_path: Path
) -> None:
    ws = workspace
    path = write_grid(
        tmp_path / "plain.xlsx",
        [[None, "Project Manager", "Head of PMO"], ["Draft project charter", "I", "A"],
         ["Celebrate", "R", "A"]],
    )  # fmt: skip
    count = len(queries.methodology(ws).activities)

    transfer.import_xlsx(ws, path)

    snap = queries.methodology(ws)
    assert len(snap.activities) == count + 1
    assert letters(ws)[("Draft project charter", "Head of PMO")] == "A"
    celebrate = next(a for a in snap.activities if a.name == "Celebrate")
    assert next(p.name for p in snap.phases if p.id == celebrate.phase_id) == "Unassigned"


def test_replace_removes_the_activities_and_roles_the_workbook_does_not_list(
    workspace: Workspace, tmp_path: Path
) -> None:
    ws = workspace
    path = write_grid(
        tmp_path / "only.xlsx",
        [["Phase", "Activity", "Project Manager", "Head of PMO"],
         ["Initiation", "Draft project charter", "R", "A"]],
    )  # fmt: skip

    outcome = transfer.import_xlsx(ws, path, replace=True)

    snap = queries.methodology(ws)
    assert [a.name for a in snap.activities] == ["Draft project charter"]
    assert [r.name for r in snap.roles] == ["Head of PMO", "Project Manager"]
    assert letters(ws) == {
        ("Draft project charter", "Project Manager"): "R",
        ("Draft project charter", "Head of PMO"): "A",
    }
    assert outcome.value.roles_removed == 16
    assert outcome.value.activities_removed == 53


Make = Callable[[Path], Path]


def _grid(*grid: list[Any]) -> Make:
    return lambda folder: write_grid(folder / "plan.xlsx", list(grid))


def _text_file(folder: Path) -> Path:
    path = folder / "plan.xlsx"
    path.write_text("Activity,Project Manager\nKick,A\n", encoding="utf-8")
    return path


HEADER = ["Activity", "Project Manager", "Head of PMO"]
REFUSED: list[tuple[str, Make, str]] = [
    (
        "unknown letter",
        _grid(HEADER, ["Kick", "A", "X"]),
        "sheet RACI, cell C2: 'X' is not a RACI letter",
    ),
    (
        "letter of another variant",
        _grid(HEADER, ["Kick", "A", "s"]),
        "sheet RACI, cell C2: 'S' is not a RACI letter",
    ),
    (
        "duplicate role",
        _grid([*HEADER, "Project Manager"], ["Kick", "A", "R", "C"]),
        "sheet RACI, cell D1: role 'Project Manager' appears twice in the header (also B1)",
    ),
    (
        "letters without activity",
        _grid(HEADER, ["Kick", "A", "R"], ["", "R", "A"]),
        "sheet RACI, cell A3: the activity name is empty but the row has letters",
    ),
    ("text file", _text_file, "not an Excel .xlsx workbook"),
    (
        "no matrix",
        _grid(["Minutes of the steering group"], ["All agreed."]),
        "no RACI matrix found",
    ),
]


@pytest.mark.parametrize(("make", "message"), [r[1:] for r in REFUSED], ids=[r[0] for r in REFUSED])
def test_a_bad_workbook_is_refused_whole_and_changes_nothing(
    workspace: Workspace, tmp_path: Path, make: Make, message: str
) -> None:
    ws = workspace
    path = make(tmp_path)
    before = queries.methodology(ws)

    with pytest.raises(WorkbookError) as caught:
        transfer.import_xlsx(ws, path)

    assert str(caught.value).startswith("plan.xlsx")
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)
    assert queries.methodology(ws) == before
    assert files.list_backups(ws) == []


def test_an_oversized_workbook_is_refused_before_it_is_parsed(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.xlsx"
    transfer.export_xlsx(workspace, path)
    monkeypatch.setattr(xlsx_safe, "LIMIT_BYTES", 10_000)
    before = queries.methodology(workspace)
    with pytest.raises(WorkbookError, match=r"^big\.xlsx: refused: it would expand to"):
        transfer.import_xlsx(workspace, path)
    assert queries.methodology(workspace) == before
    assert files.list_backups(workspace) == []


def test_an_activity_name_found_in_two_phases_needs_a_phase_column(
    workspace: Workspace, tmp_path: Path
) -> None:
    ws = workspace
    snap = queries.methodology(ws)
    other = next(p for p in snap.phases if p.name != "Initiation")
    entities.create(ws, "activity", phase_id=other.id, name="Draft project charter")
    path = write_grid(
        tmp_path / "plan.xlsx",
        [["Activity", "Project Manager", "Head of PMO"], ["Draft project charter", "R", "A"]],
    )
    before = queries.methodology(ws)
    with pytest.raises(WorkbookError, match=r"cell A2: activity 'Draft project charter' is in"):
        transfer.import_xlsx(ws, path)
    assert queries.methodology(ws) == before


def test_letters_are_checked_against_the_workspace_variant(
    empty_workspace: Workspace, tmp_path: Path
) -> None:
    ws = empty_workspace
    methodology.set_info(ws, raci_variant=m.RaciVariant.RASCI.value)
    path = write_grid(tmp_path / "plan.xlsx", [["Activity", "PM", "Dev"], ["Kick", "a", "s, r"]])
    transfer.import_xlsx(ws, path)
    assert letters(ws) == {("Kick", "PM"): "A", ("Kick", "Dev"): "RS"}
