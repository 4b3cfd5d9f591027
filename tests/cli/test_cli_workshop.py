"""`pmo-tmo workshop template|new` and `pmo-tmo ballots export|import`.

The round trips run the tool as the user does, as separate processes. The long lists of bad
workbooks call the same `main()` in this process (same parser, handlers, error guard and exit
code, without a second's start-up each); one case of each also runs as a process.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from pmo_tmo_desktop import cli
from pmo_tmo_desktop.domain import model as m
from pmo_tmo_desktop.services import entities, files, portfolio_setup, queries
from tests.cli.test_cli import assert_refused, demo_file, run  # noqa: F401
from tests.exchange.test_workshop_xlsx import BAD_SETUPS, edit_cells, fill_setup
from tests.store.helpers import fingerprint


def main_here(capsys: pytest.CaptureFixture[str], *args: str | Path) -> Any:
    """`pmo-tmo ARGS` through `cli.main` in this process: its exit code, stdout and stderr."""
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(list(args), code, out, err)


def backups(workspace: Path) -> set[str]:
    """The backups taken of `workspace` so far."""
    folder = workspace.with_name(workspace.name + ".backups")
    return {p.name for p in folder.iterdir()} if folder.exists() else set()


@dataclass(frozen=True)
class Made:
    workspace: Path
    blank: Path
    """The workspace as it was before `workshop new`."""
    template: Path
    setup: Path
    id: int
    stdout: str
    """What `workshop new` printed."""
    ballots: Path


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Made:
    """A workspace with a workshop made by `workshop new`, its filled set-up and its ballots."""
    folder = tmp_path_factory.mktemp("workshop")
    workspace = folder / "acme.pmotmo"
    files.new(workspace, "integrated").close()
    blank = shutil.copyfile(workspace, folder / "blank.pmotmo")
    template = folder / "template.xlsx"
    done = run("workshop", "template", template)
    assert done.returncode == 0 and template.exists(), done.stderr
    setup = fill_setup(template, folder / "setup.xlsx")
    created = run("workshop", "new", workspace, "--from", setup)
    assert created.returncode == 0, created.stderr
    exported = run("ballots", "export", workspace, "--workshop", created.stdout.strip(), "--out",
                   folder / "ballots")  # fmt: skip
    assert exported.returncode == 0, exported.stderr
    return Made(
        workspace, blank, template, setup, int(created.stdout), created.stdout, folder / "ballots"
    )


@pytest.fixture
def workspace(made: Made, tmp_path: Path) -> Path:
    """A copy of the workspace, with its workshop but no ratings yet."""
    path = tmp_path / "acme.pmotmo"
    shutil.copyfile(made.workspace, path)
    return path


@pytest.fixture
def ballots(made: Made, tmp_path: Path) -> dict[str, Path]:
    """Fresh copies of the exported (empty) ballots, by participant slug."""
    folder = tmp_path / "ballots"
    shutil.copytree(made.ballots, folder)
    return {p.stem.removeprefix("ballot-"): p for p in folder.iterdir()}


def test_workshop_new_prints_only_the_id_and_makes_everything(made: Made) -> None:
    assert made.stdout == f"{made.id}\n"
    workshop_id = made.id
    with files.open_file(made.workspace, read_only=True) as ws:
        data = queries.workshop(ws, workshop_id)
        offices = {o.id: o.name for o in queries.offices(ws)}
        reasons = [b.reason for b in files.list_backups(ws)]
    assert data.workshop.title == "Q1 Portfolio Review" and data.workshop.place == "Room 4"
    assert [(p.name, offices[p.office_id or 0]) for p in data.participants] == [
        ("Ana García", "PMO"),
        ("Tom Berg", "TMO"),
        ("Rafael Costa", "Business"),
    ]
    assert [(c.weight, c.direction, c.scale_min, c.scale_max) for c in data.criteria] == [
        (3, m.Direction.HIGHER, 1, 10),
        (2, m.Direction.LOWER, 0, 4),
        (1, m.Direction.HIGHER, 1, 10),
    ]
    assert [(p.cost, p.benefit) for p in data.proposals] == [(250000, 400000), (120000, None)]
    crm, erp = data.proposals
    assert (data.workshop.resource_name, data.workshop.resource_limit) == ("People", 8)
    assert [(g.name, g.at_most) for g in data.groups] == [("Front office", 2)]
    assert (crm.funding, crm.reason, crm.resource_use, crm.group_name) == (
        "must", "contract ends", 3, "Front office",
    )  # fmt: skip
    assert (erp.funding, erp.resource_use, erp.group_name) == ("auto", None, "Front office")
    assert data.requires(erp.id) == (crm.id,) and data.requires(crm.id) == ()
    assert [(a.title, a.duration_minutes) for a in data.agenda] == [
        ("Welcome", 10),
        ("Rating round 1", 45),
    ]
    assert reasons == ["before-import"]
    assert sorted(p.name for p in made.ballots.iterdir()) == [
        "ballot-ana-garcia.xlsx",
        "ballot-rafael-costa.xlsx",
        "ballot-tom-berg.xlsx",
    ]


def test_the_same_setup_again_is_refused_by_its_title(made: Made, workspace: Path) -> None:
    before = fingerprint(workspace)
    assert_refused(
        run("workshop", "new", workspace, "--from", made.setup),
        "setup.xlsx, sheet Workshop, cell B3",
        "already has a workshop",
    )
    assert fingerprint(workspace) == before


@pytest.mark.parametrize(
    ("sheet", "cell", "value", "words"),
    [case[1:] for case in BAD_SETUPS],
    ids=[case[0] for case in BAD_SETUPS],
)
def test_a_bad_setup_is_refused_naming_sheet_and_cell(
    made: Made, tmp_path: Path, capsys: pytest.CaptureFixture[str], sheet: str,
    cell: str, value: Any, words: str,
) -> None:  # fmt: skip
    workspace = shutil.copyfile(made.blank, tmp_path / "blank.pmotmo")
    bad = edit_cells(made.setup, sheet, {cell: value}, tmp_path / "bad-setup.xlsx")
    before, taken = fingerprint(workspace), backups(workspace)
    assert_refused(
        main_here(capsys, "workshop", "new", workspace, "--from", bad),
        f"bad-setup.xlsx, sheet {sheet}, cell {cell}: ",
        words,
    )
    assert fingerprint(workspace) == before and backups(workspace) == taken


def test_ballots_export_writes_one_workbook_per_demo_participant(
    demo_path: Path, tmp_path: Path
) -> None:
    with files.open_file(demo_path, read_only=True) as ws:
        [demo] = queries.workshops(ws)
        people = len(queries.workshop(ws, demo.id).participants)
    done = run("ballots", "export", demo_path, "--workshop", str(demo.id), "--out", tmp_path / "b")
    assert done.returncode == 0, done.stderr
    assert f"Wrote {people} ballots" in done.stdout
    assert len(list((tmp_path / "b").glob("ballot-*.xlsx"))) == people


def _ratings(workspace: Path, workshop_id: int) -> dict[tuple[str, str, str], float | None]:
    with files.open_file(workspace, read_only=True) as ws:
        data = queries.workshop(ws, workshop_id)
    names = {p.id: p.name for p in data.participants}
    titles = {p.id: p.title for p in data.proposals}
    criteria = {c.id: c.name for c in data.criteria}
    assert {r.entered_by for r in data.ratings} <= {m.EnteredBy.BALLOT}
    assert [(r.number, r.blind, r.status) for r in data.rounds] == (
        [(1, True, m.RoundStatus.OPEN)] if data.ratings else []
    )
    return {
        (names[r.participant_id], titles[r.proposal_id], criteria[r.criterion_id]): r.value
        for r in data.ratings
    }


def test_ballots_import_opens_round_one_and_replaces_on_reimport(
    made: Made, workspace: Path, ballots: dict[str, Path]
) -> None:
    workshop_id = str(made.id)
    ana = edit_cells(ballots["ana-garcia"], "Ballot", {"B7": 8, "C7": 1, "D8": "6"})
    tom = edit_cells(ballots["tom-berg"], "Ballot", {"B8": 3.5})
    done = run("ballots", "import", workspace, "--workshop", workshop_id, ana, tom)
    assert done.returncode == 0, done.stderr
    assert "Imported 2 ballots into round 1: 4 ratings written" in done.stdout
    first = _ratings(workspace, int(workshop_id))
    assert first == {
        ("Ana García", "New CRM", "Strategic fit"): 8,
        ("Ana García", "New CRM", "Delivery risk"): 1,
        ("Ana García", "ERP upgrade", "Benefit"): 6,
        ("Tom Berg", "ERP upgrade", "Strategic fit"): 3.5,
    }
    again = run("ballots", "import", workspace, "--workshop", workshop_id, ana, tom)
    assert again.returncode == 0, again.stderr
    assert _ratings(workspace, int(workshop_id)) == first

    edit_cells(ana, "Ballot", {"C7": None})
    fixed = run("ballots", "import", workspace, "--workshop", workshop_id, ana)
    assert fixed.returncode == 0 and "1 removed" in fixed.stdout, fixed.stdout + fixed.stderr
    del first[("Ana García", "New CRM", "Delivery risk")]
    assert _ratings(workspace, int(workshop_id)) == first


def test_the_exported_ballot_offers_cant_judge_in_every_cell(made: Made) -> None:
    sheet = load_workbook(made.ballots / "ballot-tom-berg.xlsx")["Ballot"]
    checks = {str(v.sqref): (v.type, v.formula1) for v in sheet.data_validations.dataValidation}
    assert checks == {
        "B7:B8": ("list", '"1,2,3,4,5,6,7,8,9,10,can\'t judge"'),
        "C7:C8": ("list", '"0,1,2,3,4,can\'t judge"'),
        "D7:D8": ("list", '"1,2,3,4,5,6,7,8,9,10,can\'t judge"'),
    }
    assert 'Leave no cell empty: type a number or choose "can\'t judge"' in sheet["A4"].value


def _progress(workspace: Path, workshop_id: int) -> tuple[int, int]:
    """(rated, partial) of round 1 as `pmo-tmo results --json` gives them."""
    done = run("results", workspace, "--workshop", str(workshop_id), "--round", "1", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    return data["rated"], data["partial"]


def test_cant_judge_answers_a_cell_and_completes_a_ballot(
    made: Made, workspace: Path, ballots: dict[str, Path]
) -> None:
    workshop_id, said = str(made.id), []

    def imported(*paths: Path) -> None:
        done = run("ballots", "import", workspace, "--workshop", workshop_id, *paths)
        assert done.returncode == 0, done.stderr
        said.append(done.stdout)

    ana = edit_cells(
        ballots["ana-garcia"],
        "Ballot",
        {"B7": 8, "C7": 1, "D7": "can't judge", "B8": 6, "C8": 2, "D8": 7},
    )
    tom = edit_cells(  # D8 left empty
        ballots["tom-berg"], "Ballot", {"B7": 5, "C7": " Can't Judge ", "D7": 4, "B8": 3, "C8": 0}
    )
    imported(ana, tom)
    found = _ratings(workspace, made.id)
    assert len(found) == 11
    assert found[("Ana García", "New CRM", "Benefit")] is None
    assert found[("Tom Berg", "New CRM", "Delivery risk")] is None
    assert ("Tom Berg", "ERP upgrade", "Benefit") not in found
    assert _progress(workspace, made.id) == (1, 1), "Ana's ballot is complete, Tom's partial"

    edit_cells(tom, "Ballot", {"C7": 2, "D8": 1})  # a number replaces "can't judge"
    imported(tom)
    found = _ratings(workspace, made.id)
    assert found[("Tom Berg", "New CRM", "Delivery risk")] == 2
    assert found[("Tom Berg", "ERP upgrade", "Benefit")] == 1
    assert _progress(workspace, made.id) == (2, 0)

    edit_cells(ana, "Ballot", {"D7": None})  # emptied: the earlier "can't judge" goes
    imported(ana)
    assert ("Ana García", "New CRM", "Benefit") not in _ratings(workspace, made.id)
    assert _progress(workspace, made.id) == (1, 1)

    assert said == [
        "Imported 2 ballots into round 1: 9 ratings written, 2 can't judge, 0 removed; "
        "1 complete, 1 incomplete (Tom Berg: 5 of 6 cells) (the round was opened for them)\n",
        "Imported 1 ballot into round 1: 6 ratings written, 0 can't judge, 0 removed; "
        "1 complete, 0 incomplete\n",
        "Imported 1 ballot into round 1: 5 ratings written, 0 can't judge, 1 removed; "
        "0 complete, 1 incomplete (Ana García: 5 of 6 cells)\n",
    ]


BAD_BALLOTS = [
    # (id, sheet edited, changes, what stderr names)
    ("off-scale", "Ballot", {"B7": 12},
     "sheet Ballot, cell B7: 12 is outside the scale 1–10 of Strategic fit"),
    ("off-scale-risk", "Ballot", {"C8": 4.5},
     "sheet Ballot, cell C8: 4.5 is outside the scale 0–4 of Delivery risk"),
    ("not-a-number", "Ballot", {"D7": "good"}, "sheet Ballot, cell D7: Benefit: 'good' is not"),
    ("not-cant-judge", "Ballot", {"C7": "cannot say"},
     "sheet Ballot, cell C7: Delivery risk: 'cannot say' is not a number or \"can't judge\""),
    ("unknown-participant", "ids", {"B6": 999}, "sheet Ballot, cell A3: unknown participant"),
    ("unknown-proposal", "ids", {"B11": 999}, "sheet Ballot, cell A7: unknown proposal"),
    ("unknown-criterion", "ids", {"E12": 999}, "sheet Ballot, cell C6: unknown criterion"),
    ("other-workshop", "ids", {"B4": 999}, "sheet Ballot, cell A1: this ballot is for"),
    ("other-title", "ids", {"B5": "Q9"}, "sheet Ballot, cell A1: this ballot is for"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sheet", "changes", "words"),
    [case[1:] for case in BAD_BALLOTS],
    ids=[case[0] for case in BAD_BALLOTS],
)
def test_a_bad_ballot_changes_nothing(
    made: Made, workspace: Path, ballots: dict[str, Path],
    capsys: pytest.CaptureFixture[str], sheet: str, changes: dict[str, Any], words: str,
) -> None:  # fmt: skip
    good = edit_cells(ballots["ana-garcia"], "Ballot", {"B7": 8})
    bad = edit_cells(ballots["tom-berg"], "Ballot", {"B8": 5})
    edit_cells(bad, sheet, changes)
    before, taken = fingerprint(workspace), backups(workspace)
    args = ("ballots", "import", workspace, "--workshop", str(made.id), good, bad)
    assert_refused(main_here(capsys, *args), f"ballot-tom-berg.xlsx, {words}")
    assert fingerprint(workspace) == before, "all or nothing: the good ballot is not imported"
    assert backups(workspace) == taken, "and no backup is taken"


@pytest.mark.parametrize("case", ["twice", "broken", "setup-workbook", "unknown-workshop"])
def test_unusable_ballot_files_change_nothing(
    made: Made, workspace: Path, ballots: dict[str, Path], tmp_path: Path,
    capsys: pytest.CaptureFixture[str], case: str,
) -> None:  # fmt: skip
    good = edit_cells(ballots["ana-garcia"], "Ballot", {"B7": 8})
    workshop_id, words = str(made.id), []
    if case == "twice":
        second = shutil.copyfile(good, tmp_path / "ana-again.xlsx")
        words = ["ana-again.xlsx, sheet Ballot, cell A3", "a second ballot of Ana García"]
    elif case == "broken":
        second = tmp_path / "ballot-x.xlsx"
        second.write_bytes(good.read_bytes()[:500])
        words = ["ballot-x.xlsx: not an Excel .xlsx workbook"]
    elif case == "setup-workbook":
        second = made.template
        words = ["template.xlsx: is not a ballot workbook"]
    else:
        second, workshop_id, words = good, "999", ["no workshop with id 999"]
    before, taken = fingerprint(workspace), backups(workspace)
    args = ("ballots", "import", workspace, "--workshop", workshop_id, good, second)
    assert_refused(main_here(capsys, *args), *words)
    assert fingerprint(workspace) == before and backups(workspace) == taken


def test_refusals_as_a_separate_process(
    made: Made, workspace: Path, ballots: dict[str, Path], tmp_path: Path
) -> None:
    """One bad set-up and one bad ballot, run as the user runs them: exit 2, one line."""
    blank = shutil.copyfile(made.blank, tmp_path / "blank.pmotmo")
    bad_setup = edit_cells(made.setup, "Criteria", {"B3": 0}, tmp_path / "bad-setup.xlsx")
    before = fingerprint(blank)
    assert_refused(
        run("workshop", "new", blank, "--from", bad_setup),
        "bad-setup.xlsx, sheet Criteria, cell B3: the weight must be greater than zero",
    )
    assert fingerprint(blank) == before and backups(blank) == set()
    bad = edit_cells(ballots["ana-garcia"], "Ballot", {"D8": 11})
    before = fingerprint(workspace)
    assert_refused(
        run("ballots", "import", workspace, "--workshop", str(made.id), bad),
        "ballot-ana-garcia.xlsx, sheet Ballot, cell D8: 11 is outside the scale 1–10 of Benefit",
    )
    assert fingerprint(workspace) == before and backups(workspace) == set()


# -- the dissent threshold of a set-up ---------------------------------------------------------


def _results(workspace: Path, workshop_id: str) -> Any:
    done = run("results", workspace, "--workshop", workshop_id, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_set_up_workbooks_dissent_threshold_is_the_one_results_flag_at(
    made: Made, tmp_path: Path
) -> None:
    workspace = shutil.copyfile(made.blank, tmp_path / "blank.pmotmo")
    book = load_workbook(made.template)
    sheet = book["Workshop"]
    [row] = [
        r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 1).value == "Dissent threshold"
    ]
    assert sheet.cell(row, 2).value == 0.3  # the template's default
    sheet.cell(row, 2).value = 0.65
    sheet["B3"] = "Split-sensitive review"
    book.save(tmp_path / "setup.xlsx")
    created = run("workshop", "new", workspace, "--from", tmp_path / "setup.xlsx")
    assert created.returncode == 0, created.stderr
    assert _results(workspace, created.stdout.strip())["dissent_threshold"] == 0.65

    sheet.delete_rows(row)  # a set-up made from the template before the field was there
    sheet["B3"] = "Older set-up"
    book.save(tmp_path / "older.xlsx")
    older = run("workshop", "new", workspace, "--from", tmp_path / "older.xlsx")
    assert older.returncode == 0, older.stderr
    assert _results(workspace, older.stdout.strip())["dissent_threshold"] == 0.3


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("lots", "the dissent threshold: 'lots' is not a number"),
        (1.5, "the dissent threshold must be from 0.05 to 1 (1.5)"),
        (0.01, "the dissent threshold must be from 0.05 to 1 (0.01)"),
    ],
)
def test_a_dissent_threshold_that_is_no_number_or_out_of_range_creates_nothing(
    made: Made, tmp_path: Path, value: Any, words: str
) -> None:
    workspace = shutil.copyfile(made.blank, tmp_path / "blank.pmotmo")
    bad = edit_cells(made.setup, "Workshop", {"B10": value}, tmp_path / "bad-setup.xlsx")
    before = fingerprint(workspace)
    assert_refused(
        run("workshop", "new", workspace, "--from", bad),
        f"bad-setup.xlsx, sheet Workshop, cell B10: {words}",
    )
    assert fingerprint(workspace) == before and backups(workspace) == set()
    with files.open_file(workspace, read_only=True) as ws:
        assert queries.workshops(ws) == ()


def test_results_json_gives_each_proposals_portfolio_rules(demo_file: Path) -> None:  # noqa: F811
    with files.open_file(demo_file) as ws:
        workshop = queries.workshops(ws)[0].id
        with ws.transaction() as conn:  # the demo's workshop is closed: set it live again
            conn.exec_driver_sql("UPDATE workshop SET status = 'live'")
        first, second = queries.workshop(ws, workshop).proposals[:2]
        entities.edit(ws, "proposal", first.id, funding="must", reason="audit", resource_use=2)
        entities.edit(ws, "proposal", second.id, group_name="Hosting")
        portfolio_setup.set_requires(ws, second.id, [first.id])
    done = run("results", demo_file, "--workshop", str(workshop), "--json")
    assert done.returncode == 0, done.stderr
    shown = {p["id"]: p for p in json.loads(done.stdout)["proposals"]}
    assert {k: shown[first.id][k] for k in ("funding", "reason", "resource_use", "requires")} == {
        "funding": "must", "reason": "audit", "resource_use": 2, "requires": [],
    }  # fmt: skip
    assert (shown[second.id]["group"], shown[second.id]["requires"]) == ("Hosting", [first.id])


def test_a_set_up_asking_for_pairwise_weights_makes_a_workshop_whose_ballots_compare(
    made: Made, tmp_path: Path
) -> None:
    workspace = shutil.copyfile(made.blank, tmp_path / "blank.pmotmo")
    setup = edit_cells(
        made.setup, "Workshop", {"B3": "Weighted review", "B11": "yes"}, tmp_path / "s.xlsx"
    )
    created = run("workshop", "new", workspace, "--from", setup)
    assert created.returncode == 0, created.stderr
    with files.open_file(workspace, read_only=True) as ws:
        workshop = queries.workshop(ws, int(created.stdout.strip())).workshop
    assert workshop.pairwise_weights is True
    out = tmp_path / "ballots"
    done = run("ballots", "export", workspace, "--workshop", created.stdout.strip(), "--out", out)
    assert done.returncode == 0, done.stderr
    ballot = load_workbook(next(out.glob("*.xlsx")))
    assert "Criteria weights" in ballot.sheetnames
