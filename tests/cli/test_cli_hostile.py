"""Hostile and doctored workbooks, run as the user runs the tool: exit 2, one line naming the
file and the part or cell, and the workspace untouched."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.cli.test_cli import assert_refused, run
from tests.cli.test_cli_workshop import Made, ballots, made, workspace  # noqa: F401
from tests.exchange.hostile_xlsx import SHARED_STRINGS, attacked
from tests.exchange.test_ballot_read import with_cached_value
from tests.exchange.test_workshop_xlsx import edit_cells
from tests.store.helpers import fingerprint

SHEET = "xl/worksheets/sheet1.xml"


@pytest.mark.parametrize(
    ("command", "where", "attack"),
    [
        ("import", SHARED_STRINGS, "laughs"),
        ("workshop new", SHEET, "external"),
        ("ballots import", SHARED_STRINGS, "external"),
        ("ballots import", SHEET, "laughs"),
    ],
)
def test_an_xml_attack_is_refused_in_one_line_naming_file_and_part(
    made: Made,  # noqa: F811
    workspace: Path,  # noqa: F811
    ballots: dict[str, Path],  # noqa: F811
    tmp_path: Path,
    command: str,
    where: str,
    attack: str,
) -> None:
    source = {
        "import": ballots["ana-garcia"],  # any workbook will do: the parts are checked first
        "workshop new": made.setup,
        "ballots import": ballots["ana-garcia"],
    }[command]
    hostile = attacked(source, tmp_path / "hostile.xlsx", where, attack)
    args: list[str | Path] = [*command.split(), workspace]
    args += ["--xlsx", hostile] if command == "import" else []
    args += ["--from", hostile] if command == "workshop new" else []
    args += ["--workshop", str(made.id), hostile] if command == "ballots import" else []
    before = fingerprint(workspace)
    assert_refused(run(*args), f"hostile.xlsx: refused: part {where} declares a DTD or entities")
    assert fingerprint(workspace) == before


def _id_of(ballot: Path) -> int:
    value = load_workbook(ballot)["ids"]["B6"].value
    assert isinstance(value, int)
    return value


@pytest.mark.parametrize("edit", ["visible-name", "hidden-id"])
def test_a_ballot_edited_to_another_participant_is_refused(
    made: Made,  # noqa: F811
    workspace: Path,  # noqa: F811
    ballots: dict[str, Path],  # noqa: F811
    edit: str,
) -> None:
    ana = edit_cells(ballots["ana-garcia"], "Ballot", {"B7": 8})
    if edit == "visible-name":
        edit_cells(ana, "Ballot", {"A3": "Participant: Tom Berg"})
    else:
        edit_cells(ana, "ids", {"B6": _id_of(ballots["tom-berg"])})
    before = fingerprint(workspace)
    assert_refused(
        run("ballots", "import", workspace, "--workshop", str(made.id), ana),
        "ballot-ana-garcia.xlsx, sheet Ballot, cell A3: the ballot shows 'Participant: ",
        "hidden participant id",
    )
    assert fingerprint(workspace) == before


def test_a_formula_without_a_saved_value_is_refused_and_with_one_counts(
    made: Made,  # noqa: F811
    workspace: Path,  # noqa: F811
    ballots: dict[str, Path],  # noqa: F811
    tmp_path: Path,
) -> None:
    ana = edit_cells(ballots["ana-garcia"], "Ballot", {"B7": 8, "C7": "=1+2"})
    before = fingerprint(workspace)
    assert_refused(
        run("ballots", "import", workspace, "--workshop", str(made.id), ana),
        "ballot-ana-garcia.xlsx, sheet Ballot, cell C7: ",
        "the formula '=1+2' has no saved value",
    )
    assert fingerprint(workspace) == before
    saved = shutil.copyfile(with_cached_value(ana, "C7", "3"), tmp_path / "ballot-ana.xlsx")
    done = run("ballots", "import", workspace, "--workshop", str(made.id), saved)
    assert done.returncode == 0, done.stderr
    assert "2 ratings written" in done.stdout, done.stdout
